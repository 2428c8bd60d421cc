import { useId, useState } from 'react';
import type { DeadlineStatus } from '@/utils/deadline';
import type { Dossier } from '@/utils/dossier/types';
import { displayDate } from '@/utils/format/display-date';
import { letterEligibility } from '@/utils/letters/rules';
import { missingFor } from '@/utils/print/letter-request';
import type { LetterOrder } from '@/utils/print/print-job';
import { LetterButton } from './LetterButton';
import { useSidebar } from './store-context';
import { usePrintLetters } from './use-print-letters';

/**
 * A late or at-risk dossier: offer the apology and a new return date counted in working days; once the return
 * date has passed, the written apology slip, with the reason the officer gives.
 */
export function ApologyPrompt({
  dossier,
  status,
  newDate,
}: {
  dossier: Dossier;
  status: DeadlineStatus;
  newDate: string;
}) {
  const id = useId();
  const extraDays = useSidebar((s) => s.settings.deadline.apologyExtraWorkingDays);
  const settings = useSidebar((s) => s.settings);
  const now = useSidebar((s) => s.now);
  const { status: printStatus, print } = usePrintLetters();
  const [reason, setReason] = useState('');
  if (status.level === 'ok') return null;
  const late = status.level === 'overdue';
  const slip = letterEligibility(dossier, now).find((letter) => letter.kind === 'apology' && letter.applies);
  const order: LetterOrder = {
    kind: 'apology',
    dossier,
    options: { reason: reason.trim() || undefined, newReturnDate: newDate },
  };
  return (
    <section className="mctt-apology" data-testid="apology-prompt" aria-labelledby="mctt-apology-heading">
      <h3 id="mctt-apology-heading" className="mctt-section-title">
        {late ? 'Hồ sơ đã quá hạn: xin lỗi công dân' : 'Hồ sơ có nguy cơ trễ hẹn'}
      </h3>
      <p>
        {late
          ? 'Gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả, nói rõ lý do chậm trễ.'
          : 'Nếu không kịp trả đúng hẹn, hãy chủ động xin lỗi và hẹn lại ngày trả.'}
      </p>
      <p>
        Ngày hẹn mới đề xuất:{' '}
        <strong data-testid="proposed-return-date" data-date={newDate}>
          {displayDate(newDate)}
        </strong>{' '}
        (sau {extraDays} ngày làm việc)
      </p>
      {slip && (
        <>
          <label className="mctt-label" htmlFor={`${id}-reason`}>
            Lý do trễ hẹn (in trên phiếu)
          </label>
          <textarea
            id={`${id}-reason`}
            data-testid="apology-reason"
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
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
