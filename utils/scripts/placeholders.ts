import { LETTER_FIELDS } from '../letters/placeholder-names';
import { PLACEHOLDER, type PlaceholderName, placeholderNames } from '../placeholders/names';

/** The placeholders `personalise` fills; anything else in double braces would be dropped from the spoken text. */
export const SCRIPT_PLACEHOLDERS = [
  'honorific',
  'Honorific',
  'applicantName',
  'givenName',
  'code',
  'procedureName',
  'dueDate',
  'newReturnDate',
] as const;

/** The letters' Vietnamese name for the same thing: a team lead learns one name for it. */
function asInLetters(letterCode: string): string {
  const field = LETTER_FIELDS.find((f) => f.code === letterCode);
  if (!field) throw new Error(`Letters have no field ${letterCode}`);
  return field.name;
}

/** Their Vietnamese names. */
export const SCRIPT_FIELDS: readonly PlaceholderName[] = [
  { code: 'honorific', name: asInLetters('applicant.honorific'), example: 'bà (ông, ông/bà)' },
  { code: 'Honorific', name: 'Xưng hô đầu câu', example: 'Bà (viết hoa, để mở đầu câu)' },
  { code: 'applicantName', name: asInLetters('applicant.name'), example: 'Nguyễn Thị Lan' },
  { code: 'givenName', name: 'Tên gọi người nộp', example: 'Lan (tiếng cuối của họ tên, để gọi thân mật)' },
  { code: 'code', name: asInLetters('dossier.code'), example: '000.17.22.H56-261125-0001' },
  { code: 'procedureName', name: asInLetters('dossier.procedureName'), example: 'Đăng ký khai sinh' },
  { code: 'dueDate', name: asInLetters('dossier.dueAt'), example: '16:30 27/11/2026' },
  { code: 'newReturnDate', name: asInLetters('newReturnDate'), example: '01/12/2026' },
];

export const SCRIPT_NAMES = placeholderNames({ fields: SCRIPT_FIELDS });

/** Placeholders a team lead typed that the sidebar cannot fill (a typo, a stray space inside a name), once each. */
export function unknownPlaceholders(text: string): string[] {
  const found = [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
  return [...new Set(found.filter((name) => !SCRIPT_NAMES.isKnown(name)))];
}
