import { useEffect, useState } from 'react';
import { LETTER_FIELDS, LETTER_NAMES } from '@/utils/letters/placeholder-names';
import { PlaceholderTextarea } from './PlaceholderTextarea';

const squash = (text: string) => LETTER_NAMES.toCode(text).replace(/\s+/g, ' ').trim();
const sameText = (a: string, b: string) => squash(a) === squash(b);

/**
 * One editable text of a letter template. The team lead reads and types Vietnamese names ({{Tên người nộp}});
 * the settings keep code names ({{applicant.name}}), which every version of the extension fills. Old names typed
 * here are accepted too, and shown in Vietnamese the next time the text loads.
 */
export function TemplateTextField({
  id,
  value,
  rows,
  onChange,
}: {
  id: string;
  /** As stored: code names, Vietnamese names or both. */
  value: string;
  rows: number;
  onChange(stored: string): void;
}) {
  // What the team lead typed, kept as typed so the cursor never jumps while the stored text changes beneath it.
  const [draft, setDraft] = useState(() => LETTER_NAMES.toVietnamese(value));
  useEffect(() => {
    // The stored text changed elsewhere (a reset, an import, another tab): show it. Spacing is not a change: a list
    // is stored without its blank lines, and the line the team lead just opened must stay.
    setDraft((current) => (sameText(current, value) ? current : LETTER_NAMES.toVietnamese(value)));
  }, [value]);
  return (
    <PlaceholderTextarea
      id={id}
      rows={rows}
      value={draft}
      fields={LETTER_FIELDS}
      onChange={(text) => {
        setDraft(text);
        onChange(LETTER_NAMES.toCode(text));
      }}
    />
  );
}
