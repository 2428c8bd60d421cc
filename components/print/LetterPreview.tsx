import { useEffect, useId, useRef, useState } from 'react';
import { LETTER_LABEL } from '@/components/common/letter-labels';
import { now } from '@/utils/clock/clock';
import { vietnamToday } from '@/utils/deadline';
import { displayDate } from '@/utils/format/display-date';
import { MissingFieldsError } from '@/utils/letters/fill';
import { prepareLetter } from '@/utils/letters/prepare';
import { LetterBatchError, renderLettersPdf } from '@/utils/letters/render';
import type { IssuedApology } from '@/utils/letters/types';
import { sendMessage } from '@/utils/messaging/protocol';
import { hasPrintDialog } from '@/utils/print/auto-print';
import { issueSlips } from '@/utils/print/issue-slips';
import { letterRequest } from '@/utils/print/letter-request';
import { pdfFileName } from '@/utils/print/pdf-file-name';
import type { LetterOrder } from '@/utils/print/print-job';
import type { Settings } from '@/utils/settings/schema';

interface Problem {
  letter: string;
  missing: string[];
}

type State =
  | { status: 'rendering' }
  | { status: 'ready'; url: string; fileName: string; bytes: number }
  | { status: 'missing'; problems: Problem[] }
  | { status: 'refused'; slips: IssuedApology[] }
  | { status: 'failed' };

const letterTitle = (order: LetterOrder) =>
  `${LETTER_LABEL[order.kind]}${order.dossier?.code ? ` — hồ sơ ${order.dossier.code}` : ''}`;

/** Raised before a number is taken: a slip that cannot be printed must not use up a number of the year. */
function checkComplete(orders: readonly LetterOrder[], settings: Settings): void {
  const problems: Problem[] = [];
  orders.forEach((order) => {
    const { kind, dossier, office, options } = letterRequest(order, settings);
    try {
      prepareLetter(
        kind,
        dossier,
        office,
        kind === 'apology' ? { ...options, number: options?.number ?? '…' } : options,
      );
    } catch (error) {
      if (!(error instanceof MissingFieldsError)) throw error;
      problems.push({ letter: letterTitle(order), missing: [...new Set(error.missing.map((m) => m.label))] });
    }
  });
  if (problems.length > 0) throw new IncompleteLetters(problems);
}

class IncompleteLetters extends Error {
  constructor(readonly problems: Problem[]) {
    super('Incomplete letters');
  }
}

function problemsOf(error: unknown, orders: readonly LetterOrder[]): Problem[] | null {
  if (error instanceof IncompleteLetters) return error.problems;
  const labels = (missing: readonly { label: string }[]) => [...new Set(missing.map((m) => m.label))];
  if (error instanceof LetterBatchError) {
    return error.problems.map((p) => ({
      letter: letterTitle(orders[p.index] as LetterOrder),
      missing: labels(p.missing),
    }));
  }
  if (error instanceof MissingFieldsError && orders[0])
    return [{ letter: letterTitle(orders[0]), missing: labels(error.missing) }];
  return null;
}

/**
 * The letters as one PDF: previewed, printed (the dialog opens by itself when a person clicked a letter button)
 * or downloaded. Each letter goes into the register once, under the id of the job that asked for it.
 */
export function LetterPreview({
  orders,
  settings,
  recordId,
  autoPrint,
}: {
  orders: LetterOrder[];
  settings: Settings;
  /** Keeps a reload from counting the same letters twice. */
  recordId: string;
  autoPrint: boolean;
}) {
  const id = useId();
  const [state, setState] = useState<State>({ status: 'rendering' });
  const [note, setNote] = useState('');
  const [noteStatus, setNoteStatus] = useState('');
  const frame = useRef<HTMLIFrameElement>(null);
  const autoPrinted = useRef(false);
  const recordIds = orders.map((_, i) => `${recordId}-${i}`);

  useEffect(() => {
    let url: string | undefined;
    let cancelled = false;
    const render = async () => {
      checkComplete(orders, settings);
      const issued = await issueSlips(orders, recordId, settings);
      if (!issued.ok) return issued;
      return renderLettersPdf(issued.orders.map((order) => letterRequest(order, settings)));
    };
    render()
      .then((pdf) => {
        if (cancelled) return;
        if (!(pdf instanceof Uint8Array)) {
          setState({ status: 'refused', slips: pdf.refused });
          return;
        }
        url = URL.createObjectURL(new Blob([pdf as BlobPart], { type: 'application/pdf' }));
        const name = orders.length === 1 && orders[0] ? LETTER_LABEL[orders[0].kind] : 'thu';
        setState({ status: 'ready', url, fileName: pdfFileName(orders, name, vietnamToday(now())), bytes: pdf.length });
        const printedAt = new Date(now()).toISOString();
        // Written by the background, which takes every tab's writes one at a time.
        sendMessage('changeRegister', {
          op: 'letters',
          records: orders.map((order, i) => ({
            id: `${recordId}-${i}`,
            printedAt,
            kind: order.kind,
            ...(order.dossier?.code && { dossierCode: order.dossier.code }),
          })),
        }).catch(() => {});
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        const problems = problemsOf(error, orders);
        setState(problems ? { status: 'missing', problems } : { status: 'failed' });
      });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [orders, settings, recordId]);

  const [printNote, setPrintNote] = useState('');
  const print = () => {
    const noDialog = 'Trình duyệt này không mở được hộp thoại in: anh/chị bấm “Tải PDF” rồi in tệp đó.';
    if (!hasPrintDialog(navigator)) {
      setPrintNote(noDialog);
      return;
    }
    try {
      frame.current?.contentWindow?.print();
    } catch {
      setPrintNote(noDialog);
    }
  };

  if (state.status === 'rendering') return <p role="status">Đang dựng thư PDF…</p>;
  if (state.status === 'failed') {
    return (
      <p role="alert" className="print-error" data-testid="print-error">
        Chưa dựng được thư PDF. Anh/chị tải lại trang; nếu vẫn lỗi, báo cho người quản lý tiện ích.
      </p>
    );
  }
  if (state.status === 'refused') {
    return (
      <div role="alert" className="print-error" data-testid="print-refused">
        <p>Không in được: mỗi hồ sơ chỉ lập một phiếu xin lỗi và chỉ hẹn lại ngày trả một lần.</p>
        <ul>
          {state.slips.map((slip) => (
            <li key={slip.dossierCode}>
              Hồ sơ {slip.dossierCode} đã có phiếu số <strong>{slip.number}</strong> lập ngày{' '}
              {displayDate(slip.issuedOn)}, hẹn trả ngày {displayDate(slip.newReturnDate)}.
            </li>
          ))}
        </ul>
        <p>Muốn in lại phiếu đó, bấm “In lại phiếu” trên thanh bên của hồ sơ.</p>
      </div>
    );
  }
  if (state.status === 'missing') {
    return (
      <div role="alert" className="print-error" data-testid="print-missing">
        <p>Chưa in được vì còn thiếu thông tin. Không thư nào được in dở dang:</p>
        <ul>
          {state.problems.map((p) => (
            <li key={p.letter}>
              <strong>{p.letter}</strong>: {p.missing.join('; ')}
            </li>
          ))}
        </ul>
        <p>
          Thông tin cơ quan (tên xã, người ký…) nhập trong{' '}
          <a href="/options.html#office" target="_blank" rel="noopener">
            trang Cài đặt, mục Thông tin cơ quan
          </a>
          ; thông tin hồ sơ nhập trên thanh bên.
        </p>
      </div>
    );
  }
  return (
    <section
      className="print-ready"
      data-testid="print-ready"
      data-letters={orders.length}
      data-bytes={state.bytes}
      data-auto-print={autoPrint}
    >
      <p>
        {orders.length === 1 && orders[0] ? letterTitle(orders[0]) : `${orders.length} thư trong một tệp PDF`}, khổ A4.
      </p>
      <div className="print-actions">
        <button type="button" className="print-primary" data-testid="print-button" onClick={print}>
          In thư
        </button>
        <a className="print-download" data-testid="download-pdf" href={state.url} download={state.fileName}>
          Tải PDF
        </a>
      </div>
      <p role="status" className="print-note" data-testid="print-note">
        {printNote}
      </p>
      <div className="print-field">
        <label htmlFor={`${id}-note`}>
          Ghi chú vào sổ theo dõi (không bắt buộc, ví dụ: “trao tại lễ đăng ký kết hôn”)
        </label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
        <button
          type="button"
          onClick={() =>
            sendMessage('changeRegister', { op: 'note', ids: recordIds, note })
              .catch(() => false)
              .then((ok) => setNoteStatus(ok ? 'Đã lưu ghi chú.' : 'Chưa lưu được ghi chú.'))
          }
        >
          Lưu ghi chú
        </button>
        <span role="status">{noteStatus}</span>
      </div>
      <iframe
        ref={frame}
        className="print-frame"
        title="Bản xem trước thư"
        src={state.url}
        onLoad={() => {
          if (!autoPrint || autoPrinted.current) return;
          autoPrinted.current = true;
          print();
        }}
      />
    </section>
  );
}
