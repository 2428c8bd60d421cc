import { describe, expect, it } from 'vitest';
import {
  FALLBACK_KEYS,
  FALLBACK_LABELS,
  FIELD_LABELS,
  fieldOfLabel,
  LABEL_INDEX,
  SECTION_TITLES,
  subjectOfTitle,
} from './labels';
import { normaliseLabel } from './text';

describe('fieldOfLabel: synonyms, however they are written', () => {
  it.each([
    ['Mã hồ sơ:', 'code'],
    ['SỐ HỒ SƠ', 'code'],
    ['Mã số hồ sơ (*)', 'code'],
    ['Tên thủ tục', 'procedureName'],
    ['Thủ tục hành chính:', 'procedureName'],
    ['Tên TTHC', 'procedureName'],
    ['Chủ hồ sơ', 'applicantName'],
    ['Người nộp hồ sơ', 'applicantName'],
    ['Họ tên người yêu cầu', 'applicantName'],
    ['Ngày tiếp nhận', 'receivedAt'],
    ['Ngày nộp', 'receivedAt'],
    ['Ngày hẹn trả', 'dueAt'],
    ['Hạn xử lý:', 'dueAt'],
    ['HẠN TRẢ KẾT QUẢ', 'dueAt'],
    ['Ngày hẹn trả kết quả', 'dueAt'],
    ['Ngày trả kết quả', 'completedAt'],
    ['Hạn trả', 'dueAt'],
    ['Ngày hẹn trả KQ', 'dueAt'],
    ['Thời hạn giải quyết', 'dueAt'],
    ['Số biên nhận', 'code'],
    ['Mã biên nhận', 'code'],
    ['Mã HS', 'code'],
    ['Tổ chức/Cá nhân nộp hồ sơ', 'applicantName'],
    // A step's deadline is never the dossier's due date.
    ['Thời hạn', undefined],
    ['Hạn xử lý bước', undefined],
    ['Thời hạn xử lý bước', undefined],
    ['Trạng thái', 'status'],
    ['Tình trạng', 'status'],
    ['Lĩnh vực', 'field'],
    ['CCCD', 'idNumber'],
    ['Số định danh cá nhân', 'idNumber'],
    ['Số giấy tờ tùy thân', 'idNumber'],
    ['SĐT', 'phone'],
    ['Điện thoại', 'phone'],
    ['Email', 'email'],
    ['Nơi cư trú', 'address'],
    ['Họ, chữ đệm, tên người được khai sinh', 'childName'],
    ['Họ, chữ đệm, tên chồng', 'husbandName'],
    ['Họ tên vợ', 'wifeName'],
    ['Họ, chữ đệm, tên người chết', 'deceasedName'],
    ['Người đã mất', 'deceasedName'],
    ['Ngày chết', 'deathDate'],
    ['Ngày, tháng, năm chết', 'deathDate'],
    ['Thời gian chết', 'deathDate'],
    ['Ngày, tháng, năm sinh', 'birthDate'],
    ['Giới tính', 'gender'],
    ['Họ, chữ đệm, tên', 'personName'],
    ['Nga\u0300y he\u0323n tra\u0309', 'dueAt'],
    // A note in brackets after a label.
    ['Ngày hẹn trả (dự kiến):', 'dueAt'],
    ['Thời hạn giải quyết (ngày)', 'dueAt'],
    ['Mã hồ sơ [DVC]', 'code'],
    ['Ghi chú (nếu có)', undefined],
    ['Ghi chú', undefined],
    ['Nơi sinh', undefined],
    // Older PHP one-stop systems.
    ['Mã số', 'code'],
    ['Giấy biên nhận:', 'code'],
    ['Loại hồ sơ', 'procedureName'],
    ['Tên hồ sơ', 'procedureName'],
    ['Tên tổ chức / cá nhân', 'applicantName'],
    ['Tổ chức/cá nhân:', 'applicantName'],
    ['Nhận lại ngày', 'dueAt'],
    ['Ngày TN', 'receivedAt'],
    ['Ngày trả thực tế', 'completedAt'],
    ['Số tiếp nhận', undefined],
    ['Nội dung', 'procedureName'],
    ['Nội dung yêu cầu', undefined],
    // A receipt's sentence addressing the person who filed.
    ['Bộ phận tiếp nhận và trả kết quả đã nhận đủ hồ sơ của ông (bà):', 'applicantName'],
    ['Tiếp nhận hồ sơ của ông/bà', 'applicantName'],
    ['Ông (bà)', undefined],
  ])('%s → %s', (label, field) => expect(fieldOfLabel(label)).toBe(field));

  it('lists each fallback label among its field’s labels', () => {
    const fields = FALLBACK_LABELS.map((label) => fieldOfLabel(label));
    expect(new Set(fields)).toEqual(new Set(['dueAt', 'receivedAt', 'procedureName']));
    expect(FALLBACK_KEYS.size).toBe(FALLBACK_LABELS.length);
  });

  it('never lists a label twice, for one field or two', () => {
    const all = Object.values(FIELD_LABELS).flatMap((labels) => labels.map(normaliseLabel));
    expect(all.filter((key, i) => all.indexOf(key) !== i)).toEqual([]);
    expect(LABEL_INDEX.size).toBe(all.length);
  });
});

describe('subjectOfTitle: whose section a title opens', () => {
  it.each([
    ['Thông tin người nộp hồ sơ', 'applicant'],
    ['THÔNG TIN NGƯỜI YÊU CẦU', 'applicant'],
    ['Thông tin người được khai sinh', 'child'],
    ['Thông tin trẻ được khai sinh', 'child'],
    ['Người được đăng ký khai sinh', 'child'],
    ['Người đi khai tử', 'applicant'],
    ['Thông tin bên chồng', 'husband'],
    ['Bên nữ', 'wife'],
    ['Thông tin người chết', 'deceased'],
    ['Thông tin người đã mất', 'deceased'],
    ['Thông tin người mẹ', 'other'],
    ['Thông tin người mẹ của trẻ được khai sinh', 'other'],
    ['Người làm chứng', 'other'],
    ['Thông tin chung', undefined],
    ['Thông tin hai bên kết hôn', undefined],
    ['Quá trình xử lý', undefined],
    ['Đăng ký khai sinh — Chi tiết hồ sơ', undefined],
  ])('%s → %s', (title, subject) => expect(subjectOfTitle(normaliseLabel(title))).toBe(subject));

  it('lists every subject once', () => {
    expect(new Set(SECTION_TITLES.map(([subject]) => subject)).size).toBe(SECTION_TITLES.length);
  });
});
