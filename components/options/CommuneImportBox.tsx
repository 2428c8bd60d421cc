import { type DragEvent, useId, useRef, useState } from 'react';
import { TextList } from '@/components/common/TextList';
import type { ImportResult, MergeOutcome } from '@/utils/register/commune-data';
import { importDeskFiles } from '@/utils/register/commune-store';
import { deskFileSizeError } from '@/utils/register/desk-file';

const monthShort = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;
const listed = (months: string[]) => months.map(monthShort).join(', ');

/** One accepted file, in a sentence: what it added, replaced or left as it was. */
export function describeOutcome(outcome: MergeOutcome): string {
  const parts = [
    outcome.added.length > 0 && `thêm ${outcome.added.length} tháng (${listed(outcome.added)})`,
    outcome.replaced.length > 0 && `thay số liệu ${outcome.replaced.length} tháng (${listed(outcome.replaced)})`,
    outcome.unchanged.length > 0 &&
      `${outcome.unchanged.length} tháng đã có, giữ nguyên (${listed(outcome.unchanged)})`,
    outcome.keptNewer.length > 0 &&
      `bỏ qua ${outcome.keptNewer.length} tháng vì đã có số liệu mới hơn (${listed(outcome.keptNewer)})`,
  ].filter(Boolean);
  return `${outcome.deskName}: ${parts.join('; ')}.`;
}

type FileResult = ImportResult;

/**
 * Desk files in: a file input that takes several files, and a zone where several can be dropped at once. Each file
 * is checked on its own; a refused one changes nothing and says why.
 */
export function CommuneImportBox() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [results, setResults] = useState<FileResult[]>([]);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);

  const read = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (input.current) input.current.value = '';
    if (files.length === 0) return;
    setBusy(true);
    try {
      const found: (FileResult | undefined)[] = files.map(() => undefined);
      const texts: { index: number; fileName: string; text: string }[] = [];
      for (const [index, file] of files.entries()) {
        // A huge file is refused before it is read into memory.
        const error = deskFileSizeError(file.size);
        if (error) found[index] = { fileName: file.name, ok: false, errors: [error] };
        else texts.push({ index, fileName: file.name, text: await file.text() });
      }
      const merged = texts.length > 0 ? await importDeskFiles(texts) : [];
      merged.forEach((result, k) => {
        const index = texts[k]?.index;
        if (index !== undefined) found[index] = result;
      });
      setResults(found.filter((r): r is FileResult => r !== undefined));
    } catch {
      setResults(
        files.map((f) => ({ fileName: f.name, ok: false, errors: ['Chưa lưu được, anh/chị vui lòng thử lại.'] })),
      );
    } finally {
      setBusy(false);
    }
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    void read(event.dataTransfer.files);
  };

  const accepted = results.filter((r) => r.ok).length;
  return (
    <div className="crp-import">
      <div className="opt-field">
        <label htmlFor={`${id}-files`}>Chọn các tệp sổ theo dõi (.json), được chọn nhiều tệp một lúc</label>
        <input
          id={`${id}-files`}
          ref={input}
          type="file"
          multiple
          accept="application/json,.json"
          onChange={(e) => void read(e.target.files)}
        />
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop zone for the mouse; the file input above does the same from the keyboard. */}
      <div
        className="crp-drop"
        data-over={over || undefined}
        data-testid="commune-drop"
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        Hoặc kéo thả các tệp sổ theo dõi của các bàn vào đây.
      </div>
      <div role="status" data-testid="commune-import-status">
        {busy
          ? 'Đang đọc tệp…'
          : results.length > 0 &&
            `Đã đọc ${results.length} tệp: nhận ${accepted}, từ chối ${results.length - accepted}.`}
      </div>
      {results.length > 0 && (
        <ul className="crp-results" data-testid="commune-import-results">
          {results.map((result, i) =>
            result.ok ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: one line per file chosen, in order; names may repeat.
              <li key={i} data-ok="true">
                <strong>“{result.fileName}”</strong> — {describeOutcome(result.outcome)}
                {result.outcome.sameNameAs.length > 0 && (
                  <span className="opt-warning">
                    {' '}
                    Lưu ý: đã có bàn khác cùng tên “{result.outcome.deskName}” (mã bàn khác): hai bàn được tính riêng.
                  </span>
                )}
              </li>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above.
              <li key={i} data-ok="false" className="opt-import-errors" role="alert">
                <strong>“{result.fileName}”</strong>: không nhập được tệp này; dữ liệu tổng hợp giữ nguyên. Các lỗi (
                {result.errors.length}):
                <TextList items={result.errors} />
              </li>
            ),
          )}
        </ul>
      )}
    </div>
  );
}
