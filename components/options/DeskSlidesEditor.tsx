import { useId } from 'react';
import { DEFAULT_DESK_SLIDES } from '@/templates/desk-screen';
import { PLAN_LIST_NAMES } from '@/templates/plan-words';
import type { DeskSlide } from '@/utils/desk/types';
import type { Settings } from '@/utils/settings/schema';
import { MAX_SLIDES, rangeOf, SLIDE_FIELDS } from '@/utils/settings/settings-schema';
import { ItemActions, type ItemControls } from './ItemActions';
import { useItemEdit } from './use-item-edit';
import type { SaveSettings } from './use-options-settings';

// The lengths an imported file or a policy is held to.
const MAX_TITLE = rangeOf(SLIDE_FIELDS.title).max;
const MAX_WORDS = rangeOf(SLIDE_FIELDS.text).max;

/**
 * One slogan: wording edited as a draft and saved on request; order, on/off and delete apply at once. A slogan that
 * shows one of the plan's lists has no words of its own here: they are edited in the plan's section.
 */
function SlideEditor({
  slide,
  planText,
  ...controls
}: {
  slide: DeskSlide;
  /** The plan section's words for a slogan that shows one of the plan's lists. */
  planText: string | undefined;
} & ItemControls<DeskSlide>) {
  const id = useId();
  const fromPlan = slide.planWords !== undefined;
  const { title, setTitle, text, setText, edit } = useItemEdit(slide, {
    valid: (title, text) => (fromPlan || text.trim() !== '') && text.length <= MAX_WORDS && title.length <= MAX_TITLE,
    save: (title, text) => controls.onChange({ title: title.trim(), text: fromPlan ? '' : text.trim() }),
  });
  const name =
    slide.title || (slide.planWords ? PLAN_LIST_NAMES[slide.planWords] : slide.text.split('\n')[0]?.slice(0, 40));
  return (
    <fieldset className="opt-script" data-slide={slide.id} data-disabled={slide.disabled || undefined}>
      <legend>
        {name}
        {slide.disabled ? ' (đang tắt)' : ''}
      </legend>
      <div className="opt-field">
        <label htmlFor={`${id}-title`}>Tiêu đề (để trống nếu không cần)</label>
        <input id={`${id}-title`} value={title} maxLength={MAX_TITLE} onChange={(e) => setTitle(e.target.value)} />
      </div>
      {fromPlan ? (
        <div className="opt-field" data-testid="desk-slide-plan-words">
          <p className="opt-hint">
            Lời lấy từ mục lời “4 xin, 4 luôn, 5 không” của kế hoạch (phía trên trang này); sửa ở đó thì thanh bên, màn
            hình quầy và bảng khẩu hiệu cùng đổi.
          </p>
          <blockquote>{planText}</blockquote>
        </div>
      ) : (
        <div className="opt-field">
          <label htmlFor={`${id}-text`}>Nội dung (mỗi dòng hiện thành một dòng)</label>
          <textarea
            id={`${id}-text`}
            rows={Math.min(8, Math.max(3, text.split('\n').length + 1))}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
      )}
      {!edit.valid && <p className="opt-warning">Nội dung không được để trống (tối đa {MAX_WORDS} ký tự).</p>}
      <ItemActions
        controls={controls}
        edit={edit}
        saveLabel="Lưu khẩu hiệu"
        shownLabel="Hiện trên màn hình và bảng khẩu hiệu"
      />
    </fieldset>
  );
}

/** The slogans in turn on the desk screen and on the slogan board; the plan's own words can be brought back. */
export function DeskSlidesEditor({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  const slides = settings.deskScreen.slides;
  const save = (next: DeskSlide[]) => onSave({ ...settings, deskScreen: { ...settings.deskScreen, slides: next } });
  const move = (index: number, direction: -1 | 1) => {
    const next = [...slides];
    const [slide] = next.splice(index, 1);
    if (slide) next.splice(index + direction, 0, slide);
    save(next);
  };
  return (
    <div data-testid="desk-slides">
      <h3>Khẩu hiệu</h3>
      <p className="opt-hint">
        Mặc định là “4 xin”, “4 luôn”, “5 không” (lời ở mục lời của kế hoạch) và hai câu phương châm của kế hoạch. Sửa
        lời, tắt, đổi thứ tự hoặc thêm khẩu hiệu của đơn vị.
      </p>
      {slides.map((slide, i) => (
        <SlideEditor
          key={slide.id}
          slide={slide}
          planText={slide.planWords && settings.plan[slide.planWords]}
          canMoveUp={i > 0}
          canMoveDown={i < slides.length - 1}
          onChange={(patch) => save(slides.map((s) => (s.id === slide.id ? { ...s, ...patch } : s)))}
          onMove={(direction) => move(i, direction)}
          onRemove={() => save(slides.filter((s) => s.id !== slide.id))}
        />
      ))}
      <div className="opt-actions">
        <button
          type="button"
          disabled={slides.length >= MAX_SLIDES}
          onClick={() =>
            save([...slides, { id: `khau-hieu-${crypto.randomUUID().slice(0, 8)}`, title: '', text: 'Khẩu hiệu mới' }])
          }
        >
          Thêm khẩu hiệu
        </button>
        <button type="button" onClick={() => save(structuredClone(DEFAULT_DESK_SLIDES))}>
          Dùng lại các khẩu hiệu mặc định
        </button>
      </div>
    </div>
  );
}
