import type { DossierField, DossierKind, DossierStatus } from '@/utils/dossier/types';

export const KIND_LABEL: Record<DossierKind, string> = {
  birth: 'Khai sinh',
  marriage: 'Kết hôn',
  death: 'Khai tử',
  other: 'Thủ tục khác',
};

export const FIELD_LABEL: Record<DossierField, string> = {
  code: 'Mã hồ sơ',
  procedureName: 'Tên thủ tục',
  'applicant.name': 'Người nộp hồ sơ',
  receivedAt: 'Ngày tiếp nhận',
  dueAt: 'Ngày hẹn trả',
  status: 'Trạng thái',
  'child.name': 'Họ tên trẻ',
  'child.birthDate': 'Ngày sinh của trẻ',
  spouses: 'Họ tên hai bên kết hôn',
  'deceased.name': 'Họ tên người mất',
  'deceased.deathDate': 'Ngày mất',
};

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
