import type { MouseEvent } from 'react';
import type { OptionsSection } from './options-sections';

/** The page's index: one link per section, to its address (#office…), so a section is one click or one Tab away. */
export function SectionMenu({
  sections,
  current,
  onGo,
}: {
  sections: readonly OptionsSection[];
  current: string;
  onGo(hash: string): void;
}) {
  const follow = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    // The same link again changes no address: focus the section ourselves.
    if (location.hash === `#${id}`) {
      event.preventDefault();
      onGo(`#${id}`);
    }
  };
  return (
    <nav className="opt-menu" aria-label="Các mục cài đặt" data-testid="section-menu">
      <h2 className="opt-menu-title">Các mục</h2>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              aria-current={current === section.id ? 'location' : undefined}
              onClick={(e) => follow(e, section.id)}
            >
              {section.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
