import { useId } from 'react';
import { PLAN_LIST_NAMES, PLAN_LISTS, PLAN_WORDS } from '@/templates/plan-words';
import type { Settings } from '@/utils/settings/schema';
import { DraftTextarea } from './DraftTextarea';
import { type SaveSettings, sectionUpdate } from './use-options-settings';

/**
 * The plan's own words, shipped word for word as the commune's plan writes them: the sidebar keeps them in view, and
 * the desk screen and the slogan board show them.
 */
export function PlanWordsForm({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} data-testid="plan-words-settings">
      <h2 id={`${id}-title`}>Lời “4 xin, 4 luôn, 5 không” của kế hoạch</h2>
      <p className="opt-hint">
        Mặc định là nguyên văn kế hoạch số 852/KH-UBND ngày 11/10/2024. Xã có kế hoạch riêng thì chép nguyên văn vào
        đây. Lời ở đây hiện trên thanh bên, màn hình quầy và bảng khẩu hiệu.
      </p>
      {PLAN_LISTS.map((key) => (
        <div className="opt-field opt-wide" key={key}>
          <label htmlFor={`${id}-${key}`}>“{PLAN_LIST_NAMES[key]}”</label>
          <DraftTextarea
            id={`${id}-${key}`}
            name={key}
            rows={key === 'fiveNevers' ? 4 : 2}
            stored={settings.plan[key]}
            // The plan's words are never empty: the sidebar, the desk screen and the board show them.
            acceptEdit={(words) => words.trim() !== ''}
            save={(words) => sectionUpdate(onSave, 'plan')({ [key]: words })}
          />
        </div>
      ))}
      <div className="opt-actions">
        <button
          type="button"
          disabled={PLAN_LISTS.every((key) => settings.plan[key] === PLAN_WORDS[key])}
          onClick={() => onSave((s) => ({ ...s, plan: { ...PLAN_WORDS } }))}
        >
          Dùng lại nguyên văn kế hoạch 852/KH-UBND
        </button>
      </div>
    </section>
  );
}
