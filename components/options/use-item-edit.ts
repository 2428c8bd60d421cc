import { useEffect, useState } from 'react';
import type { ItemEdit } from './ItemActions';

/** A list item with a title and words of its own: a courtesy script, a desk slogan. */
interface WordedItem {
  title: string;
  text: string;
  disabled?: boolean;
}

/** How one kind of item is checked and saved. */
interface WordsRules {
  /** Whether the title and words may be saved. */
  valid(title: string, text: string): boolean;
  save(title: string, text: string): void;
  /** Whether the box's words say the same as the stored ones (by default, the same string). */
  same?(text: string, stored: string): boolean;
}

/**
 * The title and words of a list item edited as a draft and saved on request (ItemActions' buttons). A save, an
 * import or another tab that changes the stored ones shows them.
 */
export function useItemEdit(item: WordedItem, { valid, save, same = Object.is }: WordsRules) {
  const [title, setTitle] = useState(item.title);
  const [text, setText] = useState(item.text);
  useEffect(() => setTitle(item.title), [item.title]);
  useEffect(() => setText(item.text), [item.text]);
  const edit: ItemEdit = {
    disabled: item.disabled,
    dirty: title !== item.title || !same(text, item.text),
    valid: valid(title, text),
    save: () => save(title, text),
    revert: () => {
      setTitle(item.title);
      setText(item.text);
    },
  };
  return { title, setTitle, text, setText, edit };
}
