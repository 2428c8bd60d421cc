import type { ReactNode } from 'react';
import type { GenericSchema } from 'valibot';
import { rangeOf } from '@/utils/settings/settings-schema';
import { DraftInput } from './DraftInput';

type Range = { min: number; max: number };

/** What a box saves: nothing when empty or out of range, or with `clamp` the nearest whole number in range. */
function wholeNumberIn(text: string, { min, max }: Range, clamp: boolean): number | undefined {
  const value = Number.parseInt(text, 10);
  if (Number.isNaN(value)) return undefined;
  if (clamp) return Math.min(max, Math.max(min, value));
  return value >= min && value <= max ? value : undefined;
}

/**
 * A whole-number setting, named after its field in the settings schema: its min and max are the range the schema
 * checks, the one an imported file or a policy is held to, so the form never takes what a file would refuse.
 */
export function NumberField<K extends string>({
  id,
  label,
  fields,
  name,
  stored,
  clamp = false,
  onSave,
  children,
}: {
  id: string;
  label: string;
  /** The schema's fields of the section (DEADLINE_FIELDS…), and this one's name among them. */
  fields: Record<K, GenericSchema>;
  name: K;
  stored: number;
  /** Brings a number out of range into it, rather than leave it unsaved. */
  clamp?: boolean;
  onSave(value: number): void;
  /** Under the box, such as a hint. */
  children?: ReactNode;
}) {
  const range = rangeOf(fields[name]);
  return (
    <div className="opt-field">
      <label htmlFor={id}>{label}</label>
      <DraftInput
        id={id}
        name={name}
        type="number"
        min={range.min}
        max={range.max}
        stored={String(stored)}
        save={(text) => {
          const value = wholeNumberIn(text, range, clamp);
          if (value !== undefined) onSave(value);
        }}
      />
      {children}
    </div>
  );
}
