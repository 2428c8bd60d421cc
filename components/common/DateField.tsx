import { useEffect, useId, useRef, useState } from 'react';
import { dateInputText, readDateInput } from '@/utils/format/date-input';

/**
 * A date typed as dd/mm/yyyy, whatever the browser's language (a native date input follows the browser, and shows
 * mm/dd/yyyy in an English one). Says in Vietnamese what is wrong once the officer leaves the field or submits.
 */
export function DateField({
  id,
  value,
  onChange,
  showError = false,
  errorClassName,
  name,
  testId,
}: {
  id: string;
  /** `YYYY-MM-DD`, or '' for none. */
  value: string;
  /** A day, '' when emptied; with the reason when what is typed is not a day (the value is then ''). */
  onChange(day: string, error?: string): void;
  /** Show the error now (the form was submitted) rather than on leaving the field. */
  showError?: boolean;
  errorClassName: string;
  name?: string;
  testId?: string;
}) {
  const errorId = useId();
  const [text, setText] = useState(() => dateInputText(value));
  const [left, setLeft] = useState(false);
  const read = readDateInput(text);
  const error = 'error' in read ? read.error : undefined;

  const typedDay = 'day' in read ? read.day : '';
  const typed = useRef(typedDay);
  typed.current = typedDay;
  useEffect(() => {
    // A new value from outside (a reset, a day added, another dossier): show it, as a fresh field.
    if (typed.current === value) return;
    setText(dateInputText(value));
    setLeft(false);
  }, [value]);

  const shown = error !== undefined && (left || showError);
  return (
    <>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        value={text}
        data-testid={testId}
        aria-invalid={shown || undefined}
        aria-describedby={shown ? errorId : undefined}
        onChange={(e) => {
          const next = readDateInput(e.target.value);
          setText(e.target.value);
          onChange('day' in next ? next.day : '', 'error' in next ? next.error : undefined);
        }}
        onBlur={(e) => {
          // Leaving for a button (Lưu, Thêm) shows the error after its click, not on the way: an error appearing on
          // mousedown would move the button away from under the pointer, and the click would be lost.
          if (!(e.relatedTarget instanceof HTMLButtonElement)) setLeft(true);
        }}
      />
      {shown && (
        <span id={errorId} className={errorClassName} role="alert" data-testid="date-error">
          {error}
        </span>
      )}
    </>
  );
}
