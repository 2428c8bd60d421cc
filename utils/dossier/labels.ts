import { normaliseLabel, phrasePattern } from './text';

/**
 * Every field the readers look for, with the labels portals print for it. Site wording changes: this is data, and a
 * new synonym is one line here. Labels are compared normalised (case, diacritics, spacing, trailing colons).
 */
export const FIELD_LABELS = {
  code: [
    'Mã hồ sơ',
    'Số hồ sơ',
    'Mã số hồ sơ',
    'Mã HS',
    'Số HS',
    'Số biên nhận',
    'Mã biên nhận',
    'Mã số biên nhận',
    // Older PHP systems: the receipt's "Mã số", the return form's "Giấy biên nhận" (its value must still be a code).
    'Mã số',
    'Giấy biên nhận',
  ],
  procedureName: [
    'Tên thủ tục',
    'Thủ tục',
    'Thủ tục hành chính',
    'Tên TTHC',
    'Tên thủ tục hành chính',
    'Dịch vụ công',
    'Tên dịch vụ công',
    'Loại hồ sơ',
    // Fallbacks (FALLBACK_LABELS): a dossier's title, often the procedure with the person's name after it; OpenCPS
    // lists name their procedure column "Nội dung".
    'Tên hồ sơ',
    'Nội dung',
  ],
  applicantName: [
    'Chủ hồ sơ',
    'Người nộp',
    'Người nộp hồ sơ',
    'Tên người nộp',
    'Người đứng tên',
    'Người yêu cầu',
    'Họ tên người yêu cầu',
    'Họ và tên người yêu cầu',
    'Họ, chữ đệm, tên người yêu cầu',
    'Họ tên người nộp',
    'Họ tên chủ hồ sơ',
    'Người đi đăng ký',
    'Tên người nộp hồ sơ',
    'Tổ chức/Cá nhân nộp hồ sơ',
    'Tổ chức, cá nhân nộp hồ sơ',
    'Tên tổ chức/cá nhân',
    'Tổ chức/cá nhân',
    'Đơn vị/cá nhân',
    'Đơn vị cá nhân',
    // The receipt form: "Tiếp nhận hồ sơ của: Trần Văn Hùng".
    'Tiếp nhận hồ sơ của',
  ],
  applicantGender: ['Giới tính người yêu cầu', 'Giới tính chủ hồ sơ', 'Giới tính người nộp'],
  receivedAt: [
    'Ngày tiếp nhận',
    'Ngày nhận',
    'Thời gian tiếp nhận',
    'Ngày nhận hồ sơ',
    'Ngày tiếp nhận hồ sơ',
    'Ngày nhận HS',
    'Ngày giờ tiếp nhận',
    'Ngày TN',
    'Thời gian nhận hồ sơ',
    // Fallbacks (FALLBACK_LABELS): the day a citizen filed online, before the office received it.
    'Ngày nộp',
    'Ngày nộp hồ sơ',
    'Thời gian nộp',
  ],
  dueAt: [
    'Ngày hẹn trả',
    'Hạn trả kết quả',
    'Ngày hẹn trả kết quả',
    'Ngày hẹn trả KQ',
    'Hẹn trả',
    'Hẹn trả kết quả',
    'Thời gian hẹn trả',
    'Ngày hẹn',
    'Hạn trả',
    'Ngày hẹn trả hồ sơ',
    'Thời hạn trả kết quả',
    'Nhận lại ngày',
    // The receipt form's appointment (the short "Thời gian trả kết quả" is the day a result was returned).
    'Thời gian trả kết quả giải quyết hồ sơ',
    // Fallbacks (FALLBACK_LABELS): some systems print a step's deadline under these.
    'Hạn xử lý',
    'Hạn giải quyết',
    'Thời hạn giải quyết',
  ],
  completedAt: [
    'Ngày trả kết quả',
    'Ngày hoàn thành',
    'Ngày có kết quả',
    'Ngày trả',
    'Thời gian trả kết quả',
    'Ngày trả thực tế',
  ],
  status: ['Trạng thái', 'Tình trạng', 'Trạng thái hồ sơ', 'Tình trạng hồ sơ', 'Tình trạng xử lý', 'Trạng thái xử lý'],
  field: ['Lĩnh vực', 'Lĩnh vực thủ tục'],
  idNumber: [
    'CCCD',
    'Số CCCD',
    'Số định danh cá nhân',
    'Số giấy tờ tùy thân',
    'Số CMND/CCCD',
    'CMND/CCCD',
    'Số CMND',
    'Giấy tờ tùy thân',
  ],
  phone: ['Số điện thoại', 'Điện thoại', 'SĐT', 'Điện thoại liên hệ', 'Số điện thoại liên hệ', 'Di động'],
  email: ['Email', 'E-mail', 'Thư điện tử', 'Địa chỉ email', 'Địa chỉ thư điện tử'],
  address: ['Địa chỉ', 'Nơi cư trú', 'Địa chỉ liên hệ', 'Địa chỉ thường trú', 'Nơi thường trú', 'Nơi ở hiện tại'],
  childName: [
    'Họ, chữ đệm, tên người được khai sinh',
    'Họ tên người được khai sinh',
    'Người được khai sinh',
    'Họ tên trẻ',
    'Họ và tên trẻ',
  ],
  childBirthDate: ['Ngày sinh của trẻ', 'Ngày sinh người được khai sinh', 'Ngày, tháng, năm sinh của trẻ'],
  childGender: ['Giới tính của trẻ', 'Giới tính trẻ'],
  husbandName: ['Họ, chữ đệm, tên chồng', 'Họ tên chồng', 'Họ và tên chồng', 'Họ tên bên nam'],
  wifeName: ['Họ, chữ đệm, tên vợ', 'Họ tên vợ', 'Họ và tên vợ', 'Họ tên bên nữ'],
  deceasedName: [
    'Họ, chữ đệm, tên người chết',
    'Họ tên người chết',
    'Người chết',
    'Người đã mất',
    'Họ tên người đã mất',
    'Người được khai tử',
  ],
  deathDate: [
    'Ngày chết',
    'Ngày, tháng, năm chết',
    'Thời gian chết',
    'Thời điểm chết',
    'Ngày mất',
    'Ngày, giờ chết',
    'Ngày giờ chết',
    // The civil-status book's wording: a time, then the day ("21 giờ 15 phút, ngày 22 tháng 11 năm 2026"); the death
    // registration form says "Đã chết vào lúc".
    'Chết vào lúc',
    'Đã chết vào lúc',
    'Đã chết lúc',
    'Chết lúc',
    'Mất vào lúc',
    'Mất lúc',
    'Ngày tử vong',
    'Thời gian tử vong',
  ],
  // The person fields below mean nothing alone: they belong to the section (or person named) they sit in.
  personName: ['Họ, chữ đệm, tên', 'Họ và tên', 'Họ tên', 'Họ, chữ đệm và tên', 'Tên'],
  gender: ['Giới tính'],
  birthDate: ['Ngày, tháng, năm sinh', 'Ngày sinh', 'Ngày tháng năm sinh'],
} as const;

export type LabelField = keyof typeof FIELD_LABELS;

/**
 * Labels read only when no other synonym of their field gave a value: "Hạn xử lý" is the dossier's due date on some
 * systems and the current step's deadline on others, where "Ngày hẹn trả" is shown beside it; "Ngày nộp" is when
 * the citizen filed, the office's reception ("Ngày tiếp nhận") starts its clock; "Tên hồ sơ" (a dossier's title)
 * and "Nội dung" (a column of anything) give way to "Loại hồ sơ" or "Thủ tục". A step's own labels ("Thời hạn",
 * "Hạn xử lý bước") are in no list at all.
 */
export const FALLBACK_LABELS: readonly string[] = [
  'Hạn xử lý',
  'Hạn giải quyết',
  'Thời hạn giải quyết',
  'Ngày nộp',
  'Ngày nộp hồ sơ',
  'Thời gian nộp',
  'Tên hồ sơ',
  'Nội dung',
];

/** Fields whose value must be a date: a label followed by anything else ("Invalid date") is skipped. */
export const DATE_FIELDS: ReadonlySet<LabelField> = new Set<LabelField>([
  'receivedAt',
  'dueAt',
  'completedAt',
  'childBirthDate',
  'deathDate',
  'birthDate',
]);

/** The people a dossier page describes; `other` is anyone the features do not need (parents, witnesses…). */
export type Subject = 'applicant' | 'child' | 'husband' | 'wife' | 'deceased' | 'other';

/**
 * Section titles that say whose fields follow ("Thông tin người được khai sinh"), matched as whole words inside the
 * normalised title. Checked in this order: `other` first, so "Thông tin người mẹ của trẻ" is not the child.
 */
export const SECTION_TITLES: ReadonlyArray<readonly [Subject, readonly string[]]> = [
  [
    'other',
    [
      'Người mẹ',
      'Người cha',
      'Thông tin mẹ',
      'Thông tin cha',
      'Người làm chứng',
      'Người giám hộ',
      'Người được ủy quyền',
    ],
  ],
  ['deceased', ['Người chết', 'Người đã mất', 'Người được khai tử', 'Người được đăng ký khai tử', 'Người mất']],
  [
    'child',
    [
      'Người được khai sinh',
      'Người được đăng ký khai sinh',
      'Trẻ được khai sinh',
      'Thông tin trẻ',
      'Thông tin của trẻ',
    ],
  ],
  ['husband', ['Bên chồng', 'Người chồng', 'Thông tin chồng', 'Bên nam']],
  ['wife', ['Bên vợ', 'Người vợ', 'Thông tin vợ', 'Bên nữ']],
  [
    'applicant',
    [
      'Người nộp',
      'Người nộp hồ sơ',
      'Chủ hồ sơ',
      'Người yêu cầu',
      'Người đi đăng ký',
      'Người đứng tên',
      // Civil-status records name who came to register the event.
      'Người đi khai sinh',
      'Người đi khai tử',
    ],
  ],
];

/** A name label also says whose fields follow it on a flat page: "Họ tên trẻ: …, Giới tính: Nữ". */
export const SUBJECT_OF_NAME: Partial<Record<LabelField, Subject>> = {
  applicantName: 'applicant',
  childName: 'child',
  husbandName: 'husband',
  wifeName: 'wife',
  deceasedName: 'deceased',
};

/** Normalised label → field, built once. */
export const LABEL_INDEX: ReadonlyMap<string, LabelField> = new Map(
  (Object.entries(FIELD_LABELS) as [LabelField, readonly string[]][]).flatMap(([field, labels]) =>
    labels.map((label) => [normaliseLabel(label), field] as const),
  ),
);

// A note in brackets after a label: "Ngày hẹn trả (dự kiến)", "Thời hạn giải quyết (ngày)".
const NOTE = /\s*[([][^()[\]]*[)\]]\s*[:：]?\s*$/;

/**
 * A receipt's sentence that ends by addressing the person who filed ("Bộ phận tiếp nhận … đã nhận đủ hồ sơ của ông
 * (bà): Lâm Thị Kiều", "Tiếp nhận hồ sơ của ông/bà:"): the applicant's name follows.
 */
const FILED_BY = /(?:^|\s)cua (?:ong(?:[ /]ba)?|ba(?:[ /]ong)?)$/;

/**
 * The field a label names, with the normalised key that named it; a label ending in a note in brackets is also
 * tried without it. `key` is `text` normalised, when the caller already has it.
 */
export function labelOf(text: string, key = normaliseLabel(text)): { field: LabelField; key: string } | undefined {
  const field = LABEL_INDEX.get(key);
  if (field) return { field, key };
  if (FILED_BY.test(key)) return { field: 'applicantName', key };
  if (!NOTE.test(text)) return undefined;
  const bare = normaliseLabel(text.replace(NOTE, ''));
  const noted = LABEL_INDEX.get(bare);
  return noted && { field: noted, key: bare };
}

export const fieldOfLabel = (label: string): LabelField | undefined => labelOf(label)?.field;

/** Normalised fallback labels (see FALLBACK_LABELS). */
export const FALLBACK_KEYS: ReadonlySet<string> = new Set(FALLBACK_LABELS.map(normaliseLabel));

const TITLE_PATTERNS = SECTION_TITLES.map(([subject, titles]) => [subject, phrasePattern(titles)] as const);

/** Whose section a normalised title opens, if it names one. */
export function subjectOfTitle(normalisedTitle: string): Subject | undefined {
  return TITLE_PATTERNS.find(([, pattern]) => pattern.test(normalisedTitle))?.[0];
}
