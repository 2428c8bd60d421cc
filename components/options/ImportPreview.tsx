import { useEffect, useRef } from 'react';
import { TextList } from '@/components/common/TextList';

/** What an accepted file would change, and the team lead's choice to apply it or not. */
export function ImportPreview({
  fileName,
  changes,
  notes,
  onApply,
  onCancel,
}: {
  fileName: string;
  changes: string[];
  notes: string[];
  onApply: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the result, the next Tab on “Áp dụng”.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="opt-import-preview" data-testid="import-preview">
      <h3 ref={heading} tabIndex={-1}>
        Tệp “{fileName}” hợp lệ
      </h3>
      {changes.length === 0 ? (
        <p>Tệp giống hệt cài đặt hiện tại: không có gì thay đổi.</p>
      ) : (
        <>
          <p>Nếu áp dụng, các cài đặt sau sẽ thay đổi:</p>
          <TextList items={changes} data-testid="import-changes" />
        </>
      )}
      {notes.map((note) => (
        <p key={note} className="opt-hint">
          {note}
        </p>
      ))}
      <div className="opt-actions">
        <button type="button" className="opt-primary" onClick={onApply}>
          Áp dụng
        </button>
        <button type="button" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </div>
  );
}
