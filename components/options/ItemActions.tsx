/** What an editor of one item in an ordered list (a script, a slogan) is given to change the list. */
export interface ItemControls<T> {
  canMoveUp: boolean;
  canMoveDown: boolean;
  onChange: (patch: Partial<T>) => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
}

/** The edit of such an item's words, as its buttons show it (see useItemEdit). */
export interface ItemEdit {
  /** Whether the stored item is off. */
  disabled: boolean | undefined;
  /** Whether the words differ from the stored ones, and whether they may be saved. */
  dirty: boolean;
  valid: boolean;
  save(): void;
  revert(): void;
}

/**
 * The buttons under such an item: save or undo the edit of its words, and what applies at once: show or hide the
 * item, move it, delete it.
 */
export function ItemActions({
  controls: { canMoveUp, canMoveDown, onChange, onMove, onRemove },
  edit: { disabled, dirty, valid, save, revert },
  saveLabel,
  shownLabel,
}: {
  controls: ItemControls<{ disabled?: boolean }>;
  edit: ItemEdit;
  /** e.g. "Lưu lời nói". */
  saveLabel: string;
  /** Where a shown item shows, e.g. "Hiện trên thanh bên". */
  shownLabel: string;
}) {
  return (
    <div className="opt-actions">
      <button type="button" className="opt-primary" disabled={!dirty || !valid} onClick={save}>
        {saveLabel}
      </button>
      <button type="button" disabled={!dirty} onClick={revert}>
        Bỏ sửa
      </button>
      <label className="opt-inline">
        <input type="checkbox" checked={!disabled} onChange={(e) => onChange({ disabled: !e.target.checked })} />{' '}
        {shownLabel}
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
  );
}
