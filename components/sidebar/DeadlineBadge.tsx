import { type DeadlineStatus, describeLevel } from '@/utils/deadline';
import { LEVEL_ICON } from './level-style';

export function DeadlineBadge({ status, closed }: { status: DeadlineStatus | null; closed: boolean }) {
  if (closed) {
    return (
      <p className="mctt-badge" data-testid="deadline-badge" data-level="closed">
        <span aria-hidden="true">✓</span> Hồ sơ đã kết thúc
      </p>
    );
  }
  if (!status) {
    return (
      <p className="mctt-badge" data-testid="deadline-badge" data-level="unknown">
        Chưa rõ hạn trả: chưa đọc được ngày hẹn trả.
      </p>
    );
  }
  return (
    <p className="mctt-badge" data-testid="deadline-badge" data-level={status.level} role="status">
      <span aria-hidden="true">{LEVEL_ICON[status.level]}</span> {describeLevel(status)}
    </p>
  );
}
