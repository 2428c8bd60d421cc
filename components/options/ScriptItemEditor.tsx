import { useEffect, useId, useState } from 'react';
import { SCRIPT_FIELDS, SCRIPT_NAMES, unknownPlaceholders } from '@/utils/scripts/placeholders';
import type { CourtesyScript } from '@/utils/scripts/types';
import { PlaceholderTextarea } from './PlaceholderTextarea';
import { ScriptPreview } from './ScriptPreview';

// The team lead reads and types Vietnamese names ({{Tên người nộp}}); settings keep the code names.
const shown = (text: string) => SCRIPT_NAMES.toVietnamese(text);
const stored = (text: string) => SCRIPT_NAMES.toCode(text);

/** One courtesy script: wording edited as a draft and saved on request; order, on/off and delete apply at once. */
export function ScriptItemEditor({
  script,
  canMoveUp,
  canMoveDown,
  onChange,
  onMove,
  onRemove,
}: {
  script: CourtesyScript;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onChange: (patch: Partial<CourtesyScript>) => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const [title, setTitle] = useState(script.title);
  const [text, setText] = useState(() => shown(script.text));
  // A save, an import or another tab changed the stored wording: show it.
  useEffect(() => setTitle(script.title), [script.title]);
  useEffect(() => setText(shown(script.text)), [script.text]);
  const dirty = title !== script.title || stored(text) !== stored(script.text);
  const valid = title.trim() !== '' && text.trim() !== '';

  return (
    <fieldset className="opt-script" data-script={script.id} data-disabled={script.disabled || undefined}>
      <legend>
        {script.title}
        {script.disabled ? ' (đang tắt)' : ''}
      </legend>
      <div className="opt-field">
        <label htmlFor={`${id}-title`}>Tên lời nói</label>
        <input id={`${id}-title`} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
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
      {!valid && <p className="opt-warning">Tên và nội dung không được để trống.</p>}
      <div className="opt-actions">
        <button
          type="button"
          className="opt-primary"
          disabled={!dirty || !valid}
          onClick={() => onChange({ title, text: stored(text) })}
        >
          Lưu lời nói
        </button>
        <button
          type="button"
          disabled={!dirty}
          onClick={() => {
            setTitle(script.title);
            setText(shown(script.text));
          }}
        >
          Bỏ sửa
        </button>
        <label className="opt-inline">
          <input
            type="checkbox"
            checked={!script.disabled}
            onChange={(e) => onChange({ disabled: !e.target.checked })}
          />{' '}
          Hiện trên thanh bên
        </label>
        <button type="button" disabled={!canMoveUp} onClick={() => onMove(-1)}>
          Lên
        </button>
        <button type="button" disabled={!canMoveDown} onClick={() => onMove(1)}>
          Xuống
        </button>
        <button type="button" onClick={onRemove}>
          Xóa
        </button>
      </div>
    </fieldset>
  );
}
