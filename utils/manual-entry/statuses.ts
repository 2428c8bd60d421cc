import type { DossierStatus } from '../dossier/types';

/** The canonical statuses in the officer's words, for the sidebar and the status the officer may set by hand. */
export const STATUS_LABEL: Record<DossierStatus, string> = {
  new: 'Mới đăng ký',
  received: 'Đã tiếp nhận',
  processing: 'Đang xử lý',
  supplement: 'Chờ bổ sung',
  paused: 'Tạm dừng',
  rejected: 'Từ chối',
  'result-ready': 'Đã có kết quả',
  returned: 'Đã trả kết quả',
  withdrawn: 'Đã rút / hủy',
  overdue: 'Quá hạn',
  unknown: 'Chưa rõ',
};
