import type { ComponentProps } from 'react';
import { type DraftOptions, useDraft } from './use-draft';

type InputProps = Omit<ComponentProps<'input'>, 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'onKeyDown'>;

/** A one-line settings field that saves when typing pauses, on Enter and when left (see useDraft). */
export function DraftInput({ stored, save, same, acceptEdit, ...input }: DraftOptions & InputProps) {
  const draft = useDraft({ stored, save, same, acceptEdit });
  return <input {...input} {...draft.input} />;
}
