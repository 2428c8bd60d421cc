import type { shownSlides } from '@/utils/desk/public-info';

type Slide = ReturnType<typeof shownSlides>[number];

/**
 * The slogan of the moment. Keyed by its turn, so each change plays the fade-in again (none when the computer asks
 * for reduced motion: see desk.css).
 */
export function DeskSlogan({ slide, turn, count }: { slide: Slide | undefined; turn: number; count: number }) {
  if (!slide) return <section className="desk-slogan" data-testid="desk-slide" />;
  return (
    <section
      key={turn}
      className="desk-slogan"
      data-testid="desk-slide"
      data-slide-id={slide.id}
      data-turn={turn}
      aria-roledescription="khẩu hiệu"
      aria-label={`${(turn % count) + 1} / ${count}`}
    >
      {slide.title && <h2 className="desk-slogan-title">{slide.title}</h2>}
      <p className={slide.title ? 'desk-slogan-text' : 'desk-slogan-text desk-saying'}>
        {slide.lines.map((line, i) => (
          // Lines have no identity beyond their place in the slogan. The space between them keeps the text whole
          // for screen readers and copy (each line is a block of its own on screen).
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <span key={i} className="desk-line">
            {i > 0 && ' '}
            {line}
          </span>
        ))}
      </p>
    </section>
  );
}
