import { vietnamToday } from '@/utils/deadline';
import type { DossierReading } from '@/utils/dossier/types';
import { displayDate } from '@/utils/format/display-date';
import type { CourtesyAct } from '@/utils/scripts/types';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { ApologyPrompt } from './ApologyPrompt';
import { CalendarNotice } from './CalendarNotice';
import { DeadlineBadge } from './DeadlineBadge';
import { FieldRow } from './FieldRow';
import { HonorificNote } from './HonorificNote';
import { LettersPanel } from './LettersPanel';
import { FIELD_LABEL, KIND_LABEL } from './labels';
import { NoticePanel } from './NoticePanel';
import { ScriptCard } from './ScriptCard';
import { SubjectsBlock } from './SubjectsBlock';
import { useSidebar } from './store-context';
import { TaughtNotice } from './TaughtNotice';
import { useDossierView } from './use-dossier-view';

export function DossierPanel({
  reading,
  onCourtesy,
}: {
  reading: DossierReading;
  onCourtesy: (acts: CourtesyAct[]) => Promise<boolean>;
}) {
  const dossier = reading.dossier;
  const now = useSidebar((s) => s.now);
  const view = useDossierView(dossier);
  if (!dossier || !view) return null;
  const { deadline, newReturnDate, issued } = view;
  return (
    <section aria-labelledby="mctt-dossier-heading">
      <h2 id="mctt-dossier-heading" className="mctt-section-title">
        Hồ sơ đang mở
      </h2>
      <DeadlineBadge status={deadline} dossierStatus={dossier.status} />
      <CalendarNotice days={[vietnamToday(now), dossier.dueAt, newReturnDate]} />
      <ErrorBoundary label="Xin lỗi công dân" section="apology">
        <ApologyPrompt dossier={dossier} view={view} />
      </ErrorBoundary>
      <TaughtNotice />
      <dl className="mctt-fields">
        <FieldRow label="Mã hồ sơ" testId="dossier-code" teach="code">
          {dossier.code}
        </FieldRow>
        <FieldRow label="Thủ tục" testId="dossier-procedure" teach="procedureName">
          {dossier.procedureName}
        </FieldRow>
        <FieldRow label="Loại" testId="dossier-kind">
          <span data-kind={dossier.kind}>{KIND_LABEL[dossier.kind]}</span>
        </FieldRow>
        <FieldRow label="Người nộp" testId="dossier-applicant" teach="applicantName">
          {dossier.applicant.name}
        </FieldRow>
        {dossier.applicant.name && (
          <FieldRow label="Xưng hô">
            <HonorificNote person={dossier.applicant} testId="applicant-honorific" />
          </FieldRow>
        )}
        <FieldRow label="Ngày tiếp nhận" testId="dossier-received" teach="receivedAt">
          {dossier.receivedAt && <time dateTime={dossier.receivedAt}>{displayDate(dossier.receivedAt)}</time>}
        </FieldRow>
        <FieldRow label="Ngày hẹn trả" testId="dossier-due" teach="dueAt">
          {dossier.dueAt && <time dateTime={dossier.dueAt}>{displayDate(dossier.dueAt)}</time>}
        </FieldRow>
        <FieldRow label="Trạng thái" testId="dossier-status" teach="status">
          {dossier.statusText && <span data-status={dossier.status}>{dossier.statusText}</span>}
        </FieldRow>
      </dl>
      <ErrorBoundary label="Người trong hồ sơ" section="subjects">
        <SubjectsBlock dossier={dossier} />
      </ErrorBoundary>
      <ErrorBoundary label="Thư gửi công dân" section="letters">
        <LettersPanel dossier={dossier} letters={view.letters} />
      </ErrorBoundary>
      <ErrorBoundary label="Lời nói cho lúc này" section="script">
        <ScriptCard dossier={dossier} stage={view.stage} newReturnDate={newReturnDate} onCourtesy={onCourtesy} />
      </ErrorBoundary>
      <ErrorBoundary label="Báo tin cho công dân" section="citizen-notice">
        <NoticePanel dossier={dossier} stage={view.stage} newReturnDate={newReturnDate} reason={issued?.reason} />
      </ErrorBoundary>
      {reading.missing.length > 0 ? (
        <div className="mctt-notice" role="status" data-testid="missing-fields">
          <p>Chưa đọc được trên trang, anh/chị có thể nhập tay bên dưới:</p>
          <ul>
            {reading.missing.map((field) => (
              <li key={field} data-field={field}>
                {FIELD_LABEL[field]}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="mctt-ok" data-testid="missing-fields" data-empty="true">
          Đã đọc đủ thông tin cần thiết.
        </p>
      )}
    </section>
  );
}
