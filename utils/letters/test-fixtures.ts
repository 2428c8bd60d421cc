/** An office, dossiers and letters for the tests that print or store letters: fixed dates, names with every kind of diacritic. */
import { DEMO_OFFICE } from '../../tests/demo-office.mjs';
import type { Dossier } from '../dossier/types';
import type { LetterKind, LetterOptions, LetterTemplate, OfficeProfile } from './types';

/** The demo's commune; without a phone, which a letter offers only when the profile has one. */
export const OFFICE: OfficeProfile = DEMO_OFFICE;

/** Thursday 5 March 2026. */
export const TODAY = '2026-03-05';

const base: Dossier = {
  code: '000.17.22.H56-260305-0012',
  procedureName: 'Đăng ký khai sinh',
  kind: 'birth',
  status: 'returned',
  statusText: 'Đã trả kết quả',
  applicant: { name: 'Nguyễn Thị Hương', gender: 'female' },
  receivedAt: '2026-03-05T09:15:00+07:00',
  dueAt: '2026-03-05',
};

export const BIRTH: Dossier = { ...base, child: { name: 'Trần Minh Khôi', birthDate: '2026-02-20' } };

export const MARRIAGE: Dossier = {
  ...base,
  kind: 'marriage',
  procedureName: 'Đăng ký kết hôn',
  applicant: { name: 'Nguyễn Văn An', gender: 'male' },
  spouses: [{ name: 'Nguyễn Văn An' }, { name: 'Trần Thị Bình' }],
};

export const DEATH: Dossier = {
  ...base,
  kind: 'death',
  procedureName: 'Đăng ký khai tử',
  applicant: { name: 'Phạm Thị Lan', gender: 'female' },
  deceased: { name: 'Phạm Văn Đức', gender: 'male', deathDate: '2026-03-03' },
};

export const LATE: Dossier = {
  ...base,
  kind: 'other',
  procedureName: 'Chứng thực bản sao từ bản chính',
  status: 'processing',
  statusText: 'Đang xử lý',
  receivedAt: '2026-03-02T14:00:00+07:00',
  dueAt: '2026-03-04T17:00:00+07:00',
};

export const APOLOGY_OPTIONS = {
  date: TODAY,
  number: '1/PXL-UBND',
  reason: 'cần xác minh thêm thông tin tại nơi cư trú trước đây của người yêu cầu.',
  newReturnDate: '2026-03-09',
};

export const THANK_YOU_OPTIONS = {
  date: TODAY,
  thankYou: {
    recipientName: 'Công ty TNHH Xây dựng Hòa Bình',
    recipientType: 'organisation' as const,
    reason: 'đã ủng hộ 50 bộ bàn ghế cho điểm trường thôn 3',
  },
};

/** Every kind of letter, with the dossier and the options it is printed for. */
export const LETTERS: [LetterKind, Dossier | null, LetterOptions][] = [
  ['birth-congratulation', BIRTH, { date: TODAY }],
  ['marriage-congratulation', MARRIAGE, { date: TODAY }],
  ['condolence', DEATH, { date: TODAY }],
  ['apology', LATE, APOLOGY_OPTIONS],
  ['thank-you', null, THANK_YOU_OPTIONS],
];

/** A team lead's condolence template of one paragraph. */
export const condolenceTemplate = (text: string): LetterTemplate => ({
  kind: 'condolence',
  name: 'Thư chia buồn',
  layout: 'letter',
  requires: [],
  blocks: [{ type: 'paragraph', text }],
});
