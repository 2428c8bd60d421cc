import { useId } from 'react';
import { isUrgent } from '@/utils/deadline';
import type { Dossier } from '@/utils/dossier/types';
import { displayDate } from '@/utils/format/display-date';
import type { DossierView } from '@/utils/page/dossier-view';
import { missingFor } from '@/utils/print/letter-request';
import type { LetterOrder } from '@/utils/print/print-job';
import { LetterButton } from './LetterButton';
import { useSidebar } from './store-context';
import { usePrintLetters } from './use-print-letters';

/**
 * The apology slip ("Phiếu xin lỗi và hẹn lại ngày trả kết quả"): offered from 1 working day before the due date
 * while the office holds the dossier, with the reason the officer gives and a new return date in working days;
 * once it is entered in the register, its number and new date are shown and it can only be printed again.
 */
export function ApologyPrompt({ dossier, view }: { dossier: Dossier; view: DossierView }) {
  const { deadline: status, issued, newReturnDate } = view;
  const id = useId();
  const settings = useSidebar((s) => s.settings);
  const reason = useSidebar((s) => s.apologyReasons[dossier.code] ?? '');
  const setReason = useSidebar((s) => s.setApologyReason);
  const { status: printStatus, print } = usePrintLetters();
  const slip = view.letters.find((l) => l.kind === 'apology');
  if (!slip || (!slip.applies && !issued && !isUrgent(status))) return null;

  if (issued) {
    const again: LetterOrder = {
      kind: 'apology',
      dossier,
      options: { reason: issued.reason, newReturnDate: issued.newReturnDate, number: issued.number },
    };
    return (
      <section className="mctt-apology" data-testid="apology-prompt" data-state="issued" data-number={issued.number}>
        <h3 className="mctt-section-title">Đã lập phiếu xin lỗi</h3>
        <p data-testid="apology-issued">
          Phiếu số <strong>{issued.number}</strong> lập ngày {displayDate(issued.issuedOn)}, hẹn trả kết quả ngày{' '}
          <strong>{displayDate(issued.newReturnDate)}</strong>. Mỗi hồ sơ chỉ lập một phiếu và chỉ hẹn lại một lần:
          không lập phiếu thứ hai.
        </p>
        <button
          type="button"
          data-testid="apology-reprint"
          onClick={(event) => void print({ letters: [again], byPerson: event.isTrusted })}
        >
          In lại phiếu số {issued.number}
        </button>
        <p role="status" className="mctt-status">
          {printStatus}
        </p>
      </section>
    );
  }

  const order: LetterOrder = {
    kind: 'apology',
    dossier,
    options: { reason: reason.trim() || undefined, newReturnDate },
  };
  const late = status?.level === 'overdue';
  return (
    <section
      className="mctt-apology"
      data-testid="apology-prompt"
      data-state={slip.applies ? 'offered' : 'not-yet'}
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`} className="mctt-section-title">
        {late ? 'Hồ sơ đã quá hạn: xin lỗi công dân' : 'Hồ sơ có nguy cơ trễ hẹn'}
      </h3>
      <p data-testid="apology-why">{slip.reason}</p>
      {slip.applies && (
        <>
          <p>
            Ngày hẹn mới đề xuất:{' '}
            <strong data-testid="proposed-return-date" data-date={newReturnDate}>
              {displayDate(newReturnDate)}
            </strong>{' '}
            (sau {settings.deadline.apologyExtraWorkingDays} ngày làm việc). Phiếu được lấy số khi in; mỗi hồ sơ chỉ lập
            một phiếu.
          </p>
          <label className="mctt-label" htmlFor={`${id}-reason`}>
            Lý do trễ hẹn của hồ sơ này (in trên phiếu)
          </label>
          <textarea
            id={`${id}-reason`}
            data-testid="apology-reason"
            rows={2}
            value={reason}
            onChange={(event) => setReason(dossier.code, event.target.value)}
          />
          <LetterButton
            kind="apology"
            missing={missingFor(order, settings)}
            onPrint={(byPerson) => void print({ letters: [order], byPerson })}
          />
          <p role="status" className="mctt-status">
            {printStatus}
          </p>
        </>
      )}
    </section>
  );
}
