import type { DeadlineStatus } from '@/utils/deadline';
import { displayDate } from '@/utils/format/display-date';
import { useSidebar } from './store-context';

/** A late or at-risk dossier: offer the apology and a new return date counted in working days. */
export function ApologyPrompt({ status, newDate }: { status: DeadlineStatus; newDate: string }) {
  const extraDays = useSidebar((s) => s.settings.deadline.apologyExtraWorkingDays);
  if (status.level === 'ok') return null;
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
        (sau {extraDays} ngày làm việc)
      </p>
    </section>
  );
}
