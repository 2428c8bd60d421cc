import { describe, expect, it } from 'vitest';
import { fieldOfLabel } from './labels';
import { cleanValue, normaliseLabel } from './text';

describe('normaliseLabel', () => {
  it.each([
    ['Ngày hẹn trả:', 'ngay hen tra'],
    ['  NGÀY   HẸN  TRẢ  ', 'ngay hen tra'],
    ['Ngày hẹn trả (*):', 'ngay hen tra'],
    ['Nga\u0300y he\u0323n tra\u0309', 'ngay hen tra'],
    ['Mã hồ sơ\u00a0:', 'ma ho so'],
    ['Họ, chữ đệm, tên người được khai sinh', 'ho, chu dem, ten nguoi duoc khai sinh'],
    ['Họ,chữ đệm,tên', 'ho, chu dem, ten'],
    ['Số CMND/CCCD', 'so cmnd/cccd'],
    ['Đăng ký', 'dang ky'],
  ])('%j → %j', (label, key) => expect(normaliseLabel(label)).toBe(key));
});

describe('fieldOfLabel: synonyms', () => {
  it.each([
    ['Ngày hẹn trả', 'dueAt'],
    ['Hạn xử lý:', 'dueAt'],
    ['HẠN TRẢ KẾT QUẢ', 'dueAt'],
    ['Chủ hồ sơ', 'applicantName'],
    ['Người nộp hồ sơ', 'applicantName'],
    ['Mã số hồ sơ', 'code'],
    ['Tên TTHC', 'procedureName'],
    ['Tình trạng', 'status'],
    ['Ghi chú', undefined],
  ])('%s → %s', (label, field) => expect(fieldOfLabel(label)).toBe(field));
});

describe('cleanValue', () => {
  it('collapses spacing, drops zero-width characters and returns NFC', () => {
    expect(cleanValue('  Nguye\u0302\u0303n\u200b \n\t Văn\u00a0An ')).toBe('Nguyễn Văn An');
  });

  it('caps runaway values', () => {
    const value = cleanValue('a'.repeat(10_000));
    expect(value.length).toBe(500);
    expect(value.endsWith('…')).toBe(true);
  });
});
