import type { ReactNode } from 'react';

/** A yes/no setting: the box and what it means make one label, so a click on either ticks it. Saved at once. */
export function CheckboxField({
  className,
  stored,
  onSave,
  children,
  ...box
}: {
  className: string;
  id: string;
  name: string;
  stored: boolean;
  onSave(value: boolean): void;
  children: ReactNode;
}) {
  return (
    <label className={className}>
      <input type="checkbox" {...box} checked={stored} onChange={(e) => onSave(e.target.checked)} /> {children}
    </label>
  );
}
