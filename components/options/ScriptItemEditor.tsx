import { useId } from 'react';
import { SCRIPT_FIELDS, SCRIPT_NAMES, unknownPlaceholders } from '@/utils/scripts/placeholders';
import type { CourtesyScript } from '@/utils/scripts/types';
import { rangeOf, SCRIPT_ITEM_FIELDS } from '@/utils/settings/settings-schema';
import { ItemActions, type ItemControls } from './ItemActions';
import { PlaceholderTextarea } from './PlaceholderTextarea';
import { ScriptPreview } from './ScriptPreview';
import { useItemEdit } from './use-item-edit';

// The team lead reads and types Vietnamese names ({{Tên người nộp}}); settings keep the code names.
const shown = (text: string) => SCRIPT_NAMES.toVietnamese(text);
const stored = (text: string) => SCRIPT_NAMES.toCode(text);
const MAX_TITLE = rangeOf(SCRIPT_ITEM_FIELDS.title).max;

/** One courtesy script: wording edited as a draft and saved on request; order, on/off and delete apply at once. */
export function ScriptItemEditor({ script, ...controls }: { script: CourtesyScript } & ItemControls<CourtesyScript>) {
  const id = useId();
  const { title, setTitle, text, setText, edit } = useItemEdit(
    { ...script, text: shown(script.text) },
    {
      valid: (title, text) => title.trim() !== '' && text.trim() !== '',
      save: (title, text) => controls.onChange({ title, text: stored(text) }),
      same: (text, storedText) => stored(text) === stored(storedText),
    },
  );

  return (
    <fieldset className="opt-script" data-script={script.id} data-disabled={script.disabled || undefined}>
      <legend>
        {script.title}
        {script.disabled ? ' (đang tắt)' : ''}
      </legend>
      <div className="opt-field">
        <label htmlFor={`${id}-title`}>Tên lời nói</label>
        <input id={`${id}-title`} value={title} maxLength={MAX_TITLE} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="opt-field">
        <label htmlFor={`${id}-text`}>Nội dung lời nói</label>
        <PlaceholderTextarea
          id={`${id}-text`}
          rows={3}
          value={text}
          fields={SCRIPT_FIELDS}
          describedBy={unknownPlaceholders(text).length > 0 ? `${id}-warning` : undefined}
          onChange={setText}
        />
      </div>
      <ScriptPreview text={text} warningId={`${id}-warning`} />
      {!edit.valid && <p className="opt-warning">Tên và nội dung không được để trống.</p>}
      <ItemActions controls={controls} edit={edit} saveLabel="Lưu lời nói" shownLabel="Hiện trên thanh bên" />
    </fieldset>
  );
}
