/** The letters the product prints: their kinds and names, the one place either is written. */

/** Every kind, in the order forms, reports and the register list them. */
export const LETTER_KINDS = [
  'birth-congratulation',
  'marriage-congratulation',
  'condolence',
  'thank-you',
  'apology',
] as const;

export type LetterKind = (typeof LETTER_KINDS)[number];

/** Each letter's name, as a heading or a report column says it. */
export const LETTER_KIND_NAMES: Readonly<Record<LetterKind, string>> = {
  'birth-congratulation': 'Thư chúc mừng khai sinh',
  'marriage-congratulation': 'Thư chúc mừng kết hôn',
  condolence: 'Thư chia buồn',
  'thank-you': 'Giấy cảm ơn',
  apology: 'Phiếu xin lỗi',
};

/** A letter's name mid-sentence: "3 thư chúc mừng khai sinh". */
export const letterKindWords = (kind: LetterKind): string => {
  const name = LETTER_KIND_NAMES[kind];
  return name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
};
