import { useEffect, useId, useRef, useState } from 'react';
import { now } from '@/utils/clock/clock';
import { vietnamToday } from '@/utils/deadline/vietnam-time';
import { POSTER_FILE, POSTER_KINDS, POSTER_LABEL, type PosterKind, posterProblems } from '@/utils/posters/posters';
import type { SettingsState } from '@/utils/settings/managed';
import type { Settings } from '@/utils/settings/schema';
import { ManagedSection } from './ManagedSection';
import { ProcedureListEditor } from './ProcedureListEditor';
import { posterPdf } from './poster-pdf';

type Made = { kind: PosterKind; url: string; fileName: string } | null;

/** One board: what it still lacks, or a button that makes its PDF, then print and download. */
function PosterRow({
  kind,
  settings,
  made,
  busy,
  onMake,
  onPrint,
}: {
  kind: PosterKind;
  settings: Settings;
  made: Made;
  busy: boolean;
  onMake: () => void;
  onPrint: () => void;
}) {
  const problems = posterProblems(kind, settings);
  const ready = made?.kind === kind ? made : null;
  return (
    <li data-testid="poster" data-kind={kind}>
      <strong>{POSTER_LABEL[kind]}</strong>
      {problems.length > 0 ? (
        <p className="opt-warning" data-testid="poster-missing">
          Chưa in được, còn thiếu: {problems.map((p) => p.label).join('; ')}.
        </p>
      ) : (
        <p className="opt-actions">
          <button type="button" data-testid="poster-make" disabled={busy} onClick={onMake}>
            Tạo bản in (PDF, A4)
          </button>
          {ready && (
            <>
              <button type="button" className="opt-primary" data-testid="poster-print" onClick={onPrint}>
                In
              </button>
              <a data-testid="poster-download" href={ready.url} download={ready.fileName}>
                Tải PDF
              </a>
            </>
          )}
        </p>
      )}
    </li>
  );
}

/**
 * Posters for the desk, printed on A4 under the office's Decree 30 header: the slogan board, the hotline board and
 * the procedures board with a QR code for each procedure. Drawn here, in the options page, by the letters' module.
 */
export function PostersPanel({ state, onSave }: { state: SettingsState; onSave: (s: Settings) => void }) {
  const id = useId();
  const settings = state.effective;
  const [made, setMade] = useState<Made>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const frame = useRef<HTMLIFrameElement>(null);

  // The PDF's address is let go when another is made and when the page closes.
  useEffect(() => () => void (made && URL.revokeObjectURL(made.url)), [made]);

  const make = async (kind: PosterKind) => {
    setBusy(true);
    setStatus('Đang tạo bản in…');
    try {
      const pdf = await posterPdf(kind, settings);
      const url = URL.createObjectURL(new Blob([pdf as BlobPart], { type: 'application/pdf' }));
      setMade({ kind, url, fileName: `${POSTER_FILE[kind]}-${vietnamToday(now())}.pdf` });
      setStatus(`Đã tạo ${POSTER_LABEL[kind].toLocaleLowerCase('vi')}.`);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : 'Chưa tạo được bản in, anh/chị thử lại.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} data-testid="posters">
      <h2 id={`${id}-title`}>Bảng niêm yết tại Bộ phận Một cửa</h2>
      <p>
        In trên khổ A4, có tiêu đề theo Nghị định 30 lấy từ thông tin cơ quan: bảng khẩu hiệu (các khẩu hiệu ở phần Màn
        hình quầy), bảng đường dây nóng (kèm mã QR Zalo), bảng thủ tục hành chính (mỗi thủ tục một mã QR).
      </p>
      <ManagedSection section="deskScreen" policy={state.policy}>
        <ProcedureListEditor settings={settings} onSave={onSave} />
      </ManagedSection>
      <ul className="opt-posters">
        {POSTER_KINDS.map((kind) => (
          <PosterRow
            key={kind}
            kind={kind}
            settings={settings}
            made={made}
            busy={busy}
            onMake={() => void make(kind)}
            onPrint={() => frame.current?.contentWindow?.print()}
          />
        ))}
      </ul>
      <p role="status" data-testid="poster-status">
        {status}
      </p>
      {made && <iframe ref={frame} className="opt-poster-frame" title="Bản xem trước bảng niêm yết" src={made.url} />}
    </section>
  );
}
