import type { Dossier } from '@/utils/dossier/types';

/** A made-up citizen for the script preview: never a real dossier on the options page. */
export const SAMPLE_DOSSIER: Dossier = {
  code: '000.17.22.H56-261125-0001',
  procedureName: 'Đăng ký khai sinh',
  kind: 'birth',
  status: 'processing',
  statusText: 'Đang xử lý',
  applicant: { name: 'Nguyễn Thị Lan', gender: 'female' },
  dueAt: '2026-11-27T16:30:00+07:00',
};

export const SAMPLE_NEW_RETURN_DATE = '2026-12-01';
