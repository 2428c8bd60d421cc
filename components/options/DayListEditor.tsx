import { useId, useState } from 'react';
import { displayDate } from '@/utils/format/display-date';

/** A list of days (YYYY-MM-DD) the team lead adds to or removes from. */
export function DayListEditor({
  label,
  days,
  testId,
  onChange,
}: {
  label: string;
  days: string[];
  testId: string;
  onChange: (days: string[]) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const add = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft) || days.includes(draft)) return;
    onChange([...days, draft].sort());
    setDraft('');
  };
  return (
    <fieldset className="opt-days" data-testid={testId}>
      <legend>{label}</legend>
      {days.length === 0 ? (
        <p className="opt-hint">Chưa có ngày nào.</p>
      ) : (
        <ul>
          {days.map((day) => (
            <li key={day} data-day={day}>
              {displayDate(day)}{' '}
              <button type="button" onClick={() => onChange(days.filter((d) => d !== day))}>
                Bỏ ngày {displayDate(day)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-day`}>Thêm ngày</label>{' '}
      <input id={`${id}-day`} type="date" value={draft} onChange={(e) => setDraft(e.target.value)} />{' '}
      <button type="button" onClick={add} disabled={!draft}>
        Thêm
      </button>
    </fieldset>
  );
}
