import { useId } from 'react';
import type { PlanWords, Settings } from '@/utils/settings/schema';

const FIELDS: Array<[keyof PlanWords, string]> = [
  ['fourAsks', '“4 xin”'],
  ['fourAlways', '“4 luôn”'],
  ['fiveNevers', '“5 không”'],
];

/** The plan's own words the sidebar keeps in view; shipped word for word as the commune's plan writes them. */
export function PlanWordsForm({ settings, onSave }: { settings: Settings; onSave: (s: Settings) => void }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} data-testid="plan-words-settings">
      <h2 id={`${id}-title`}>Lời “4 xin, 4 luôn, 5 không” của kế hoạch</h2>
      <p className="opt-hint">
        Mặc định là nguyên văn kế hoạch số 852/KH-UBND ngày 11/10/2024. Xã có kế hoạch riêng thì chép nguyên văn vào
        đây.
      </p>
      {FIELDS.map(([key, label]) => (
        <div className="opt-field opt-wide" key={key}>
          <label htmlFor={`${id}-${key}`}>{label}</label>
          <textarea
            id={`${id}-${key}`}
            name={key}
            rows={key === 'fiveNevers' ? 4 : 2}
            value={settings.plan[key]}
            onChange={(e) => {
              if (e.target.value.trim()) onSave({ ...settings, plan: { ...settings.plan, [key]: e.target.value } });
            }}
          />
        </div>
      ))}
    </section>
  );
}
