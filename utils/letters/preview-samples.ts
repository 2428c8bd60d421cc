import { now } from '../clock/clock';
import { addDays, vietnamToday } from '../deadline';
import type { Dossier } from '../dossier/types';
import type { LetterKind, LetterOptions, OfficeProfile } from './types';

/** Made-up people for the template editor's preview: no citizen's data is ever needed to check a template. */
export const SAMPLE_OFFICE: OfficeProfile = {
  communeName: 'xã Mẫu',
  unitType: 'xã',
  province: 'tỉnh Mẫu',
  placeName: 'Mẫu',
  leaderName: 'Nguyễn Văn A',
  leaderTitle: 'CHỦ TỊCH',
  signingAuthority: 'TM. ỦY BAN NHÂN DÂN',
  phone: '0123 456 789',
};

export function sampleLetter(
  kind: LetterKind,
  today = vietnamToday(now()),
): { dossier: Dossier | null; options: LetterOptions } {
  const base: Dossier = {
    code: '000.00.00.H00-000000-0001',
    procedureName: 'Đăng ký khai sinh',
    kind: 'birth',
    status: 'returned',
    statusText: 'Đã trả kết quả',
    applicant: { name: 'Trần Thị B', gender: 'female' },
    receivedAt: addDays(today, -3),
    dueAt: addDays(today, -1),
  };
  switch (kind) {
    case 'birth-congratulation':
      return { dossier: { ...base, child: { name: 'Lê Minh C', birthDate: addDays(today, -20) } }, options: {} };
    case 'marriage-congratulation':
      return {
        dossier: {
          ...base,
          kind: 'marriage',
          procedureName: 'Đăng ký kết hôn',
          spouses: [
            { name: 'Lê Văn D', gender: 'male' },
            { name: 'Trần Thị B', gender: 'female' },
          ],
        },
        options: {},
      };
    case 'condolence':
      return {
        dossier: {
          ...base,
          kind: 'death',
          procedureName: 'Đăng ký khai tử',
          deceased: { name: 'Trần Văn E', gender: 'male', deathDate: addDays(today, -2) },
        },
        options: {},
      };
    case 'apology':
      return {
        dossier: { ...base, kind: 'other', procedureName: 'Chứng thực bản sao', status: 'processing' },
        options: { reason: 'cần xác minh thêm thông tin', newReturnDate: addDays(today, 2), number: '1/PXL-UBND' },
      };
    case 'thank-you':
      return {
        dossier: null,
        options: {
          thankYou: {
            recipientName: 'Công ty Mẫu',
            recipientType: 'organisation',
            reason: 'đã ủng hộ bàn ghế cho trường',
          },
        },
      };
  }
}
