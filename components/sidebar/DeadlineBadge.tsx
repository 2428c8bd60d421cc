import { type DeadlineStatus, describeLevel, LEVEL_ICONS } from '@/utils/deadline';
import type { DossierStatus } from '@/utils/dossier/types';

/** Why the office's clock has stopped, in the officer's words. */
const STOPPED: Partial<Record<DossierStatus, string>> = {
  supplement: 'Đang chờ công dân bổ sung hồ sơ: thời gian này không tính là trễ hẹn của cơ quan.',
  paused: 'Hồ sơ đang tạm dừng: thời gian này không tính là trễ hẹn của cơ quan.',
  'result-ready': 'Đã có kết quả, chờ công dân đến nhận: không còn tính hạn.',
  returned: 'Đã trả kết quả: hồ sơ đã xong.',
  rejected: 'Hồ sơ đã bị từ chối: không còn tính hạn.',
  withdrawn: 'Hồ sơ đã rút hoặc đã hủy: không còn tính hạn.',
};

export function DeadlineBadge({
  status,
  dossierStatus,
}: {
  status: DeadlineStatus | null;
  dossierStatus: DossierStatus;
}) {
  if (!status) {
    return (
      <p className="mctt-badge" data-testid="deadline-badge" data-level="unknown">
        Chưa rõ hạn trả: chưa đọc được ngày hẹn trả.
      </p>
    );
  }
  const stopped = status.level === 'waiting' || status.level === 'closed';
  return (
    <p className="mctt-badge" data-testid="deadline-badge" data-level={status.level} role="status">
      <span aria-hidden="true">{LEVEL_ICONS[status.level]}</span>{' '}
      {stopped ? (STOPPED[dossierStatus] ?? describeLevel(status)) : describeLevel(status)}
    </p>
  );
}
