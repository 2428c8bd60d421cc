import { LETTER_FIELDS, LETTER_NAMES } from '@/utils/letters/placeholder-names';
import { PlaceholderTextarea } from './PlaceholderTextarea';
import { useDraft } from './use-draft';

const squash = (text: string) => LETTER_NAMES.toCode(text).replace(/\s+/g, ' ').trim();
const sameText = (a: string, b: string) => squash(a) === squash(b);

/**
 * One editable text of a letter template. The team lead reads and types Vietnamese names ({{Tên người nộp}});
 * the settings keep code names ({{applicant.name}}), which every version of the extension fills. Old names typed
 * here are accepted too, and shown in Vietnamese the next time the text loads. Saved when typing pauses or the
 * text is left (see useDraft).
 */
export function TemplateTextField({
  id,
  value,
  rows,
  onSave,
}: {
  id: string;
  /** As stored: code names, Vietnamese names or both. */
  value: string;
  rows: number;
  onSave(stored: string): void;
}) {
  const draft = useDraft({
    stored: LETTER_NAMES.toVietnamese(value),
    save: (text) => onSave(LETTER_NAMES.toCode(text)),
    // Spacing is not a change: a list is stored without its blank lines, and the line the team lead just opened
    // must stay.
    same: sameText,
  });
  return (
    <PlaceholderTextarea
      id={id}
      rows={rows}
      value={draft.value}
      fields={LETTER_FIELDS}
      onChange={draft.change}
      onBlur={draft.leave}
    />
  );
}
