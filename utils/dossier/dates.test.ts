import { describe, expect, it } from 'vitest';
import { parseVietnameseDate } from './dates';

describe('parseVietnameseDate', () => {
  it.each([
    ['25/11/2026', '2026-11-25'],
    ['5/1/2026', '2026-01-05'],
    ['05/01/2026', '2026-01-05'],
    ['25-11-2026', '2026-11-25'],
    ['25.11.2026', '2026-11-25'],
    [' 25 / 11 / 2026 ', '2026-11-25'],
    ['15:30 25/11/2026', '2026-11-25T15:30:00+07:00'],
    ['25/11/2026 15:30', '2026-11-25T15:30:00+07:00'],
    ['25/11/2026 - 15:30', '2026-11-25T15:30:00+07:00'],
    ['25/11/2026 08:05:59', '2026-11-25T08:05:00+07:00'],
    ['15h30 25/11/2026', '2026-11-25T15:30:00+07:00'],
    ['16h 25/11/2026', '2026-11-25T16:00:00+07:00'],
    ['8 giờ 25/11/2026', '2026-11-25T08:00:00+07:00'],
    ['15 giờ 30 phút, ngày 25/11/2026', '2026-11-25T15:30:00+07:00'],
    ['03:30 CH 25/11/2026', '2026-11-25T15:30:00+07:00'],
    ['12:10 SA 25/11/2026', '2026-11-25T00:10:00+07:00'],
    ['ngày 25 tháng 11 năm 2026', '2026-11-25'],
    ['Ngày 5 tháng 3 năm 2026', '2026-03-05'],
    ['Tân Phú, ngày 05 tháng 03 năm 2026', '2026-03-05'],
    ['nga\u0300y 5 tha\u0301ng 3 na\u0306m 2026', '2026-03-05'],
    ['Thứ Tư, 25/11/2026', '2026-11-25'],
    ['Thứ 4, 25/11/2026 15:30', '2026-11-25T15:30:00+07:00'],
    ['Chủ nhật, 29/11/2026', '2026-11-29'],
    ['2026-11-25', '2026-11-25'],
    ['29/02/2024', '2024-02-29'],
    ['31/12/2026 23:59', '2026-12-31T23:59:00+07:00'],
  ])('%s → %s', (text, iso) => expect(parseVietnameseDate(text)).toBe(iso));

  it.each([
    ['31/02/2026'],
    ['29/02/2025'],
    ['00/13/2026'],
    ['00/01/2026'],
    ['32/01/2026'],
    ['15/13/2026'],
    ['Chưa xác định'],
    [''],
    ['   '],
    ['12/2026'],
    ['25/11/26'],
    ['1/1/1800'],
    ['ngày 31 tháng 4 năm 2026'],
    ['<img src=x onerror=alert(1)>'],
  ])('%j is not a date', (text) => expect(parseVietnameseDate(text)).toBeUndefined());

  it('never throws on odd input', () => {
    expect(parseVietnameseDate(undefined)).toBeUndefined();
    expect(parseVietnameseDate(null)).toBeUndefined();
    expect(parseVietnameseDate('x'.repeat(100_000))).toBeUndefined();
    expect(parseVietnameseDate('9'.repeat(100_000))).toBeUndefined();
  });

  it('gives the same answer in every time zone (pure string work)', () => {
    // The suite also runs under TZ=UTC and America/New_York; a Date-based parser would shift these by a day.
    expect(parseVietnameseDate('01/01/2026 00:30')).toBe('2026-01-01T00:30:00+07:00');
    expect(parseVietnameseDate('31/12/2026')).toBe('2026-12-31');
  });
});
