import { useMemo } from 'react';
import { useDraft } from './use-draft';

/** A text setting as a form lists it: its key in the settings section, its label, and what helps fill it in. */
export interface TextFieldSpec<K extends string> {
  key: K;
  label: string;
  hint?: string;
  /** The input's type (tel, url, email…); text by default. */
  type?: string;
}

/**
 * One text setting on a wide row: the label, the box (saved when typing pauses or the box is left) and under it the
 * hint. With `problemOf`, a wrong text says why in place of the hint as soon as it is typed, stays in the box and is
 * not saved; a save, an import or another tab that changes the stored value replaces the text, and the reason goes.
 */
export function TextSettingField<K extends string>({
  field,
  id,
  name,
  stored,
  problemOf,
  onSave,
}: {
  field: TextFieldSpec<K>;
  /** The box's id; its hint's is `${id}-hint`. */
  id: string;
  name: K;
  stored: string;
  problemOf?: (key: K, value: string) => string | null;
  onSave: (value: string) => void;
}) {
  const draft = useDraft({
    stored,
    save: (value) => {
      if (problemOf?.(name, value)) return false;
      onSave(value);
    },
  });
  const problem = useMemo(() => problemOf?.(name, draft.value) ?? null, [problemOf, name, draft.value]);
  // A field that can be wrong always has the line its reason goes in.
  const noted = problemOf !== undefined || field.hint !== undefined;
  return (
    <div className="opt-field opt-wide">
      <label htmlFor={id}>{field.label}</label>
      <input
        id={id}
        name={name}
        type={field.type ?? 'text'}
        aria-invalid={problem ? true : undefined}
        aria-describedby={noted ? `${id}-hint` : undefined}
        {...draft.input}
      />
      {noted && (
        <small
          id={`${id}-hint`}
          className={problem ? 'opt-error-text' : 'opt-hint'}
          role={problem ? 'alert' : undefined}
        >
          {problem ?? field.hint}
        </small>
      )}
    </div>
  );
}
