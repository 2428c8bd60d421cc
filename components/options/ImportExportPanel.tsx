import { useId, useRef, useState } from 'react';
import { TextList } from '@/components/common/TextList';
import { describeChanges } from '@/utils/settings/describe-changes';
import { effectiveSettings, localAfterEdit, managedSections, type SettingsState } from '@/utils/settings/managed';
import { SECTION_LABEL } from '@/utils/settings/section-labels';
import { settingsItem } from '@/utils/settings/settings';
import {
  applySettingsImport,
  exportSettings,
  fileSizeError,
  type ParsedSettingsFile,
  parseSettingsFile,
  settingsFileName,
} from '@/utils/settings/settings-file';
import { ImportPreview } from './ImportPreview';

type Pending = { fileName: string; parsed: ParsedSettingsFile & { ok: true }; notes: string[] };

/** A file download of Blob content through a temporary link; no downloads permission is needed. */
function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; revoking later leaves the browser time to read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Team leads export one file; officers import it after seeing what it changes. A bad file changes nothing. */
export function ImportExportPanel({
  settle,
  onMessage,
}: {
  /** Saves what the fields still hold, and gives the settings as they then are. */
  settle(): SettingsState;
  onMessage: (m: string) => void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<{ fileName: string; errors: string[] } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const onFile = async (file: File | undefined) => {
    setErrors(null);
    setPending(null);
    if (!file) return;
    // A text still waiting in a field is saved first: the change list compares the file with what is saved.
    const saved = settle();
    const sizeError = fileSizeError(file.size);
    const parsed = sizeError
      ? { ok: false as const, errors: [sizeError] }
      : parseSettingsFile(await file.text(), saved.local);
    // Cleared so that choosing the same file again, once corrected, is read again.
    if (input.current) input.current.value = '';
    if (!parsed.ok) {
      setErrors({ fileName: file.name, errors: parsed.errors });
      return;
    }
    // The preview shows what officers will see: managed sections keep the policy's values.
    const after = effectiveSettings(localAfterEdit(parsed.settings, saved.local, saved.policy), saved.policy);
    const managed = managedSections(saved.policy);
    const notes =
      managed.length > 0
        ? [`Các phần do cơ quan quản lý đặt không đổi: ${managed.map((s) => SECTION_LABEL[s]).join(', ')}.`]
        : [];
    setPending({ fileName: file.name, parsed: { ...parsed, changes: describeChanges(saved.effective, after) }, notes });
  };

  const apply = async () => {
    if (!pending) return;
    const saved = settle();
    const stored = localAfterEdit(pending.parsed.settings, saved.local, saved.policy);
    try {
      await applySettingsImport({ ...pending.parsed, settings: stored }, settingsItem);
      onMessage(`Đã áp dụng cài đặt từ tệp “${pending.fileName}”.`);
    } catch {
      onMessage('Chưa lưu được cài đặt, anh/chị vui lòng thử lại.');
    }
    setPending(null);
  };

  return (
    <section aria-labelledby={`${id}-title`} data-testid="import-export">
      <h2 id={`${id}-title`}>Xuất và nhập tệp cài đặt</h2>
      <p className="opt-hint">
        Tổ trưởng xuất một tệp cài đặt rồi gửi cho cán bộ; cán bộ nhập tệp đó để dùng chung một bộ cài đặt. Tệp không
        chứa thông tin hồ sơ của công dân.
      </p>
      <div className="opt-actions">
        <button type="button" onClick={() => download(exportSettings(settle().effective), settingsFileName())}>
          Xuất tệp cài đặt
        </button>
      </div>
      <div className="opt-field">
        <label htmlFor={`${id}-file`}>Nhập tệp cài đặt (.json)</label>
        <input
          id={`${id}-file`}
          ref={input}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      {errors && (
        <div className="opt-import-errors" role="alert" data-testid="import-errors">
          <p>
            Không nhập được tệp “{errors.fileName}”; cài đặt hiện tại giữ nguyên. Các lỗi trong tệp (
            {errors.errors.length}):
          </p>
          <TextList items={errors.errors} />
        </div>
      )}
      {pending && (
        <ImportPreview
          fileName={pending.fileName}
          changes={pending.parsed.changes}
          notes={pending.notes}
          onApply={() => void apply()}
          onCancel={() => {
            setPending(null);
            onMessage('Đã hủy, cài đặt giữ nguyên.');
          }}
        />
      )}
    </section>
  );
}
