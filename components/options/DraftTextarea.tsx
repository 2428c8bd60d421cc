import type { ComponentProps } from 'react';
import { type DraftOptions, useDraft } from './use-draft';

type TextareaProps = Omit<ComponentProps<'textarea'>, 'value' | 'defaultValue' | 'onChange' | 'onBlur'>;

/** A settings text of several lines that saves when typing pauses and when left (see useDraft). */
export function DraftTextarea({ stored, save, same, acceptEdit, ...textarea }: DraftOptions & TextareaProps) {
  const draft = useDraft({ stored, save, same, acceptEdit });
  return <textarea {...textarea} {...draft.textarea} />;
}
