import type { LetterKind } from '@/utils/letters/types';

/** What the officer clicks to print each letter. */
export const LETTER_LABEL: Record<LetterKind, string> = {
  'birth-congratulation': 'Thư chúc mừng khai sinh',
  'marriage-congratulation': 'Thư chúc mừng kết hôn',
  condolence: 'Thư chia buồn',
  apology: 'Phiếu xin lỗi, hẹn lại ngày trả',
  'thank-you': 'Giấy cảm ơn',
};
