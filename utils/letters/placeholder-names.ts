import { type PlaceholderName, placeholderNames } from '../placeholders/names';

/**
 * Every field `letterValues` gives and every modifier `fillTemplate` knows, with the Vietnamese name a team lead
 * types (`{{Tên người nộp}}`, `{{Xưng hô|viết hoa chữ đầu}}`). The same thing has the same name in scripts.
 */
export const LETTER_FIELDS: readonly PlaceholderName[] = [
  { code: 'applicant.honorific', name: 'Xưng hô', example: 'bà (ông, ông/bà; anh, chị khi xưng hô thân mật)' },
  { code: 'applicant.name', name: 'Tên người nộp', example: 'Nguyễn Thị Hương' },
  { code: 'dossier.code', name: 'Mã hồ sơ', example: '000.17.22.H56-261125-0001' },
  { code: 'dossier.procedureName', name: 'Tên thủ tục', example: 'Đăng ký khai sinh' },
  { code: 'dossier.receivedAt', name: 'Ngày tiếp nhận', example: 'ngày 20 tháng 11 năm 2026' },
  { code: 'dossier.dueAt', name: 'Ngày hẹn trả', example: 'ngày 25 tháng 11 năm 2026' },
  { code: 'registration.date', name: 'Ngày đăng ký', example: 'ngày 20 tháng 11 năm 2026' },
  { code: 'child.name', name: 'Tên trẻ', example: 'Lê Minh Khôi' },
  { code: 'child.birthDate', name: 'Ngày sinh của trẻ', example: 'ngày 02 tháng 11 năm 2026' },
  { code: 'spouses.0.name', name: 'Tên bên kết hôn thứ nhất', example: 'Lê Văn Dũng' },
  { code: 'spouses.1.name', name: 'Tên bên kết hôn thứ hai', example: 'Trần Thị Bích' },
  { code: 'couple', name: 'Hai bên kết hôn', example: 'ông Lê Văn Dũng và bà Trần Thị Bích' },
  { code: 'couple.family', name: 'Gia đình hai bên kết hôn', example: 'gia đình ông Lê Văn Dũng và bà Trần Thị Bích' },
  { code: 'deceased.name', name: 'Tên người mất', example: 'Trần Văn Em' },
  { code: 'deceased.honorific', name: 'Xưng hô người mất', example: 'ông (bà, ông/bà)' },
  { code: 'deceased.deathDate', name: 'Ngày mất', example: 'ngày 18 tháng 11 năm 2026' },
  { code: 'reason', name: 'Lý do trễ hẹn', example: 'chờ kết quả xác minh' },
  { code: 'newReturnDate', name: 'Ngày hẹn mới', example: 'ngày 01 tháng 12 năm 2026' },
  { code: 'legalBasis', name: 'Căn cứ pháp lý', example: 'Nghị định số 118/2025/NĐ-CP …' },
  {
    code: 'residence.legalBasis',
    name: 'Căn cứ xóa đăng ký thường trú',
    example: 'Căn cứ: điểm a khoản 1 Điều 24 Luật Cư trú năm 2020 …',
  },
  {
    code: 'funeral.legalBasis',
    name: 'Căn cứ trợ cấp mai táng',
    example: 'Căn cứ: Điều 11 Nghị định số 20/2021/NĐ-CP …',
  },
  { code: 'recipient.name', name: 'Tên người được cảm ơn', example: 'Nguyễn Văn An, Công ty TNHH Hưng Thịnh' },
  { code: 'recipient.title', name: 'Danh xưng người được cảm ơn', example: 'Ông Nguyễn Văn An (tổ chức: tên tổ chức)' },
  { code: 'recipient.you', name: 'Xưng hô người được cảm ơn', example: 'ông (tổ chức: quý đơn vị)' },
  { code: 'recipient.reason', name: 'Việc được cảm ơn', example: 'đã ủng hộ 50 bộ bàn ghế cho điểm trường' },
  {
    code: 'recipient.wish',
    name: 'Lời chúc người được cảm ơn',
    example: 'luôn mạnh khỏe, hạnh phúc và thành công (tổ chức: ngày càng phát triển)',
  },
  { code: 'office.communeName', name: 'Tên xã/phường', example: 'xã Tân Phú' },
  { code: 'office.unitType', name: 'Loại đơn vị hành chính', example: 'xã (phường, đặc khu)' },
  { code: 'office.province', name: 'Tỉnh/thành phố', example: 'tỉnh Đồng Nai' },
  { code: 'office.issuingBody', name: 'Cơ quan ban hành', example: 'UBND XÃ TÂN PHÚ' },
  { code: 'office.placeName', name: 'Địa danh', example: 'Tân Phú' },
  { code: 'office.address', name: 'Địa chỉ cơ quan', example: 'ấp 1, xã Tân Phú' },
  { code: 'office.phone', name: 'Điện thoại cơ quan', example: '0251 3861 234' },
  { code: 'office.email', name: 'Thư điện tử cơ quan', example: 'motcua@tanphu.gov.vn' },
  { code: 'office.leaderName', name: 'Tên người ký', example: 'Lê Văn Bình' },
  { code: 'office.leaderTitle', name: 'Chức vụ người ký', example: 'CHỦ TỊCH' },
  { code: 'office.signingAuthority', name: 'Thẩm quyền ký', example: 'TM. ỦY BAN NHÂN DÂN' },
  { code: 'office.signingDeputy', name: 'Dòng ký thay', example: 'KT. CHỦ TỊCH (khi Phó Chủ tịch ký)' },
  { code: 'office.headName', name: 'Tên người đứng đầu', example: 'Nguyễn Văn Hải' },
  { code: 'office.headTitle', name: 'Chức vụ người đứng đầu', example: 'CHỦ TỊCH' },
  { code: 'office.oneStopUnit', name: 'Tên bộ phận một cửa', example: 'Bộ phận Một cửa xã Tân Phú' },
  { code: 'letter.date', name: 'Ngày viết thư', example: 'ngày 25 tháng 11 năm 2026' },
  { code: 'letter.placeDate', name: 'Địa danh và ngày tháng', example: 'Tân Phú, ngày 25 tháng 11 năm 2026' },
  { code: 'letter.number', name: 'Số phiếu', example: '12/PXL-UBND (cấp khi in)' },
  { code: 'letter.gift', name: 'Quà tặng kèm', example: 'có (khi quy định in thư có quà kèm thư kết hôn)' },
  { code: 'criteria.title', name: 'Tên bộ tiêu chí gia đình', example: 'TIÊU CHÍ XÂY DỰNG GIA ĐÌNH HẠNH PHÚC' },
  {
    code: 'criteria.items',
    name: 'Các tiêu chí gia đình',
    example: 'Tiêu chí chung: “Tôn trọng, bình đẳng, yêu thương, chia sẻ” …',
  },
  {
    code: 'criteria.source',
    name: 'Nguồn tiêu chí gia đình',
    example: 'Trích Quyết định số 224/QĐ-BVHTTDL … (hoặc tài liệu của xã)',
  },
];

export const LETTER_MODIFIERS: readonly PlaceholderName[] = [
  { code: 'upper', name: 'in hoa', example: 'XÃ TÂN PHÚ' },
  { code: 'capitalise', name: 'viết hoa chữ đầu', example: 'Bà' },
];

export const LETTER_NAMES = placeholderNames({ fields: LETTER_FIELDS, modifiers: LETTER_MODIFIERS });
