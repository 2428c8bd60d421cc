import type { ComponentProps } from 'react';

/** A list of texts, one item each, keyed by its text. */
export function TextList({ items, ...list }: { items: readonly string[] } & ComponentProps<'ul'>) {
  return (
    <ul {...list}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
