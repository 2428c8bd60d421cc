import type { DossierField, DossierKind } from '@/utils/dossier/types';

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

export { STATUS_LABEL } from '@/utils/manual-entry/statuses';
