import { type FocusEvent, type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from 'react';
import type { PlaceholderName } from '@/utils/placeholders/names';

/**
 * A text with placeholders, and a "Chèn trường" menu that puts `{{Tên người nộp}}` where the cursor was, so a team
 * lead never has to remember or spell a field's name. Works from the keyboard: arrows move in the menu, Escape
 * closes it, and the cursor comes back after the inserted field.
 */
export function PlaceholderTextarea({
  id,
  value,
  onChange,
  fields,
  rows,
  describedBy,
}: {
  id: string;
  /** The text as shown, with Vietnamese names. */
  value: string;
  onChange(text: string): void;
  fields: readonly PlaceholderName[];
  rows: number;
  describedBy?: string;
}) {
  const menuId = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  // Where the cursor goes once React has rendered the new text.
  const caret = useRef<number | null>(null);

  useLayoutEffect(() => {
    if (caret.current === null || !area.current) return;
    area.current.focus();
    area.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  useLayoutEffect(() => {
    if (open) menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const insert = (entry: PlaceholderName) => {
    const token = `{{${entry.name}}}`;
    // A textarea keeps its selection while the menu has the focus.
    const start = area.current?.selectionStart ?? value.length;
    const end = area.current?.selectionEnd ?? start;
    caret.current = start + token.length;
    setOpen(false);
    onChange(value.slice(0, start) + token + value.slice(end));
  };

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  // Focus left the button and its menu (a click elsewhere, say): fold the menu away.
  const onBlur = (event: FocusEvent) => {
    if (open && !wrapper.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (move !== undefined) items[(at + move + items.length) % items.length]?.focus();
    else if (event.key === 'Home') items[0]?.focus();
    else if (event.key === 'End') items.at(-1)?.focus();
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
  };

  return (
    <div className="opt-placeholder-text">
      <textarea
        ref={area}
        id={id}
        rows={rows}
        value={value}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      <div className="opt-insert" ref={wrapper}>
        <button
          ref={button}
          type="button"
          aria-haspopup="menu"
          aria-expanded={open}
          aria-controls={open ? menuId : undefined}
          data-testid="insert-field"
          onClick={() => setOpen(!open)}
          onBlur={onBlur}
        >
          Chèn trường ▾
        </button>
        {open && (
          <div
            ref={menu}
            id={menuId}
            role="menu"
            aria-label="Chèn trường vào chỗ con trỏ"
            className="opt-insert-menu"
            onKeyDown={onMenuKey}
            onBlur={onBlur}
          >
            {fields.map((entry) => (
              <button key={entry.code} type="button" role="menuitem" tabIndex={-1} onClick={() => insert(entry)}>
                <span className="opt-insert-name">{entry.name}</span>
                <span className="opt-insert-example">{entry.example}</span>
              </button>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
