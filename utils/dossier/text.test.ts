import { describe, expect, it } from 'vitest';
import { cleanValue, nfc, normaliseLabel, stripDiacritics } from './text';

describe('normaliseLabel', () => {
  it.each([
    ['Ngày hẹn trả:', 'ngay hen tra'],
    ['  NGÀY   HẸN  TRẢ  ', 'ngay hen tra'],
    ['Ngày hẹn trả (*):', 'ngay hen tra'],
    ['Ngày hẹn trả *', 'ngay hen tra'],
    ['*Ngày hẹn trả', 'ngay hen tra'],
    ['Ngày hẹn trả：', 'ngay hen tra'],
    ['Ngày hẹn trả.', 'ngay hen tra'],
    ['Ngày hẹn trả -', 'ngay hen tra'],
    ['Ngày hẹn trả?', 'ngay hen tra'],
    ['Nga\u0300y he\u0323n tra\u0309', 'ngay hen tra'],
    ['Mã hồ sơ\u00a0:', 'ma ho so'],
    ['Mã\u00a0\u00a0hồ\tsơ\n', 'ma ho so'],
    ['ĐỊA CHỈ', 'dia chi'],
    ['Đăng ký', 'dang ky'],
    ['Họ, chữ đệm, tên người được khai sinh', 'ho, chu dem, ten nguoi duoc khai sinh'],
    ['Họ,chữ đệm,tên', 'ho, chu dem, ten'],
    ['Họ , chữ đệm , tên :', 'ho, chu dem, ten'],
    ['Số CMND/CCCD', 'so cmnd/cccd'],
    ['Số CCCD/', 'so cccd'],
    ['Tên tổ chức / cá nhân', 'ten to chuc/ca nhan'],
    ['SĐT', 'sdt'],
    ['E-mail', 'e mail'],
    ['Tuỳ thân', 'tuy than'],
    // Letters beyond Latin stay letters.
    ['Số Ω-12 / Иван', 'so ω 12/иван'],
    ['', ''],
  ])('%j → %j', (label, key) => expect(normaliseLabel(label)).toBe(key));
});

describe('stripDiacritics', () => {
  it.each([
    ['Nguyễn Văn Đức', 'Nguyen Van Duc'],
    ['đăng ký khai tử', 'dang ky khai tu'],
    ['Nguye\u0302\u0303n', 'Nguyen'],
    ['ASCII 123', 'ASCII 123'],
  ])('%j → %j', (text, plain) => expect(stripDiacritics(text)).toBe(plain));
});

describe('nfc', () => {
  it.each([
    ['Nguye\u0302\u0303n Thi\u0323 Hương', 'Nguyễn Thị Hương'],
    ['Đã NFC', 'Đã NFC'],
    ['000.17.22.H56-210531-0001', '000.17.22.H56-210531-0001'],
  ])('%j', (text, composed) => {
    expect(nfc(text)).toBe(composed);
    expect(nfc(text)).toBe(nfc(text).normalize('NFC'));
  });
});

describe('cleanValue', () => {
  it.each([
    ['  Nguye\u0302\u0303n\u200b \n\t Văn\u00a0An ', 'Nguyễn Văn An'],
    ['\ufeffHS-1\u2060', 'HS-1'],
    ['  a   b  ', 'a b'],
    ['', ''],
  ])('%j → %j', (raw, clean) => expect(cleanValue(raw)).toBe(clean));

  it('caps runaway values at 500 characters, marked with an ellipsis', () => {
    const value = cleanValue('ă'.repeat(10_000));
    expect(value).toHaveLength(500);
    expect(value.endsWith('…')).toBe(true);
  });
});
