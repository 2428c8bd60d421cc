/** Dossiers shared by the tests of what an officer says and sends about one. */
import type { Dossier } from './types';

/** A birth registration being processed, due on 26 November 2026 at 16:30. */
export const BIRTH_IN_PROCESS: Dossier = {
  code: '000.17.22.H56-261124-0012',
  procedureName: 'Đăng ký khai sinh',
  kind: 'birth',
  status: 'processing',
  statusText: 'Đang xử lý',
  applicant: { name: 'Trần Văn Hùng', gender: 'male' },
  dueAt: '2026-11-26T16:30:00+07:00',
};
