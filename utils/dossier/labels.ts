import { normaliseLabel } from './text';

/** Every field the readers look for, each with the labels portals use for it (site wording changes: keep it data). */
export const FIELD_LABELS = {
  code: ['Mã hồ sơ', 'Số hồ sơ', 'Mã số hồ sơ', 'Mã HS', 'Số biên nhận'],
  procedureName: ['Tên thủ tục', 'Thủ tục', 'Thủ tục hành chính', 'Tên TTHC', 'Tên thủ tục hành chính', 'Dịch vụ công'],
  applicantName: [
    'Chủ hồ sơ',
    'Người nộp',
    'Người nộp hồ sơ',
    'Người đứng tên',
    'Người yêu cầu',
    'Họ tên người yêu cầu',
    'Họ, chữ đệm, tên người yêu cầu',
    'Tên người nộp',
    'Công dân',
  ],
  applicantGender: ['Giới tính người yêu cầu', 'Giới tính chủ hồ sơ'],
  receivedAt: ['Ngày tiếp nhận', 'Ngày nhận', 'Ngày nộp', 'Thời gian tiếp nhận', 'Ngày nhận hồ sơ', 'Ngày nộp hồ sơ'],
  dueAt: ['Ngày hẹn trả', 'Hạn xử lý', 'Hạn trả kết quả', 'Ngày hẹn trả kết quả', 'Hẹn trả', 'Thời hạn giải quyết'],
  completedAt: ['Ngày trả kết quả', 'Ngày hoàn thành', 'Ngày có kết quả', 'Ngày trả'],
  status: ['Trạng thái', 'Tình trạng', 'Trạng thái hồ sơ', 'Tình trạng hồ sơ'],
  field: ['Lĩnh vực'],
  idNumber: ['CCCD', 'Số CCCD', 'Số định danh cá nhân', 'Số giấy tờ tùy thân', 'Số CMND/CCCD', 'CMND/CCCD'],
  phone: ['Số điện thoại', 'Điện thoại', 'SĐT', 'Điện thoại liên hệ'],
  email: ['Email', 'Thư điện tử', 'E-mail', 'Địa chỉ email'],
  address: ['Địa chỉ', 'Nơi cư trú', 'Địa chỉ liên hệ', 'Địa chỉ thường trú'],
  childName: ['Họ, chữ đệm, tên người được khai sinh', 'Họ tên người được khai sinh', 'Họ tên trẻ', 'Họ và tên trẻ'],
  childBirthDate: ['Ngày, tháng, năm sinh', 'Ngày sinh', 'Ngày sinh của trẻ'],
  childGender: ['Giới tính', 'Giới tính của trẻ'],
  husbandName: ['Họ, chữ đệm, tên chồng', 'Họ tên chồng', 'Bên nam', 'Họ tên bên nam'],
  wifeName: ['Họ, chữ đệm, tên vợ', 'Họ tên vợ', 'Bên nữ', 'Họ tên bên nữ'],
  deceasedName: [
    'Họ, chữ đệm, tên người chết',
    'Họ tên người chết',
    'Người đã mất',
    'Họ tên người đã mất',
    'Người chết',
  ],
  deathDate: ['Ngày chết', 'Ngày, tháng, năm chết', 'Thời gian chết', 'Ngày mất'],
  /** A person's name inside a subject section (child, husband, wife, deceased). */
  personName: ['Họ, chữ đệm, tên', 'Họ và tên', 'Họ tên', 'Họ, chữ đệm và tên'],
} as const;

export type LabelField = keyof typeof FIELD_LABELS;

/** Normalised label → field, built once. */
export const LABEL_INDEX: ReadonlyMap<string, LabelField> = new Map(
  (Object.entries(FIELD_LABELS) as [LabelField, readonly string[]][]).flatMap(([field, labels]) =>
    labels.map((label) => [normaliseLabel(label), field] as const),
  ),
);

export const fieldOfLabel = (label: string): LabelField | undefined => LABEL_INDEX.get(normaliseLabel(label));
