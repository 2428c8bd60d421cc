import { useId, useState } from 'react';
import { DateField } from '@/components/common/DateField';
import { displayDate } from '@/utils/format/display-date';

/** A list of days (YYYY-MM-DD) the team lead adds to or removes from, typed as dd/mm/yyyy. */
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
  const [error, setError] = useState<string>();
  const [tried, setTried] = useState(false);
  const [note, setNote] = useState('');
  const add = () => {
    setTried(true);
    if (error !== undefined || draft === '') return;
    if (days.includes(draft)) {
      setNote(`Ngày ${displayDate(draft)} đã có trong danh sách.`);
      return;
    }
    onChange([...days, draft].sort());
    setNote(`Đã thêm ngày ${displayDate(draft)}.`);
    setDraft('');
    setTried(false);
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
      <div className="opt-day-add">
        <label htmlFor={`${id}-day`}>Thêm ngày (ngày/tháng/năm)</label>{' '}
        <DateField
          id={`${id}-day`}
          value={draft}
          showError={tried}
          errorClassName="opt-error-text"
          onChange={(day, problem) => {
            setDraft(day);
            setError(problem);
            setNote('');
          }}
        />{' '}
        <button type="button" onClick={add}>
          Thêm
        </button>
      </div>
      <p role="status" className="opt-hint">
        {note}
      </p>
    </fieldset>
  );
}
