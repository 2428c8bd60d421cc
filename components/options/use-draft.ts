import { type ChangeEvent, createContext, type KeyboardEvent, useContext, useEffect, useRef, useState } from 'react';
import { createDraftGroup, type Draft, type DraftGroup } from './drafts';

/** The options page's drafts (OptionsApp provides them, and flushes them when the page is hidden or left). */
export const DraftsContext = createContext<DraftGroup>(createDraftGroup());

export interface DraftOptions {
  /** The stored value, as the field shows it. */
  stored: string;
  /** Saves the text; `false` when it is refused (the field says why): the text then stays in the field. */
  save(text: string): unknown;
  /** Whether the field's text says the same as the stored value (by default, the same string). */
  same?(text: string, stored: string): boolean;
  /** An edit the field does not take at all (the box keeps its text), such as emptying a required text. */
  acceptEdit?(text: string): boolean;
}

/**
 * A settings field that saves when typing pauses or when it is left (blur, Enter), not on every keystroke; what
 * waits is saved when the field goes away too, and by the page when it is hidden or closed and before an export.
 * The text typed stays as typed (the cursor never jumps) unless the stored value changes elsewhere, or the field is
 * left with a value the save changed (a number brought into its range).
 */
export function useDraft({ stored, save, same = Object.is, acceptEdit }: DraftOptions) {
  const group = useContext(DraftsContext);
  const [text, setText] = useState(stored);
  // Left (blur, Enter) this many times: the moment to show what the save made of the text.
  const [left, setLeft] = useState(0);
  const draft = useRef<Draft | null>(null);
  const refused = useRef(false);
  const latest = useRef({ text, save, same });
  latest.current = { text, save, same };

  useEffect(() => {
    const created = group.draft((typed) => {
      refused.current = latest.current.save(typed) === false;
    });
    draft.current = created;
    return () => {
      draft.current = null;
      created.close();
    };
  }, [group]);

  const shownStored = useRef(stored);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `left` is the moment to look again; the rest is read fresh.
  useEffect(() => {
    const changed = shownStored.current !== stored;
    shownStored.current = stored;
    const field = latest.current;
    if (draft.current?.pending || field.same(field.text, stored)) return;
    // A refused text stays with its reason until the stored value changes elsewhere (an import, another tab).
    if (changed || !refused.current) {
      refused.current = false;
      setText(stored);
    }
  }, [stored, left]);

  const change = (next: string) => {
    if (acceptEdit && !acceptEdit(next)) return;
    setText(next);
    draft.current?.edit(next);
  };
  const leave = () => {
    draft.current?.flush();
    setLeft((n) => n + 1);
  };
  const onChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => change(event.target.value);

  return {
    value: text,
    change,
    leave,
    /** For an `<input>`: Enter saves too. */
    input: {
      value: text,
      onChange,
      onBlur: leave,
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key === 'Enter') leave();
      },
    },
    /** For a `<textarea>`: Enter is a new line. */
    textarea: { value: text, onChange, onBlur: leave },
  };
}
