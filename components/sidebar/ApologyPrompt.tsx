import type { DeadlineStatus } from '@/utils/deadline';
import { proposeNewReturnDate } from '@/utils/deadline';
import type { Dossier } from '@/utils/dossier/types';
import { displayDate } from '@/utils/format/display-date';
import { calendarFor } from '@/utils/settings/deadline-settings';
import { useSidebar } from './store-context';

/** A late or at-risk dossier: offer the apology and a new return date counted in working days. */
export function ApologyPrompt({ dossier, status }: { dossier: Dossier; status: DeadlineStatus }) {
  const now = useSidebar((s) => s.now);
  const deadline = useSidebar((s) => s.settings.deadline);
  if (status.level === 'ok' || dossier.status === 'returned') return null;
  const newDate = proposeNewReturnDate(now, deadline.apologyExtraWorkingDays, calendarFor(deadline));
  const late = status.level === 'overdue';
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
        (sau {deadline.apologyExtraWorkingDays} ngày làm việc)
      </p>
    </section>
  );
}
