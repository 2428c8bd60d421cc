import { describe, expect, it } from 'vitest';
import { dateInputText, readDateInput } from './date-input';

describe('readDateInput', () => {
  it.each([
    ['31/12/2026', '2026-12-31'],
    ['1/2/2027', '2027-02-01'],
    [' 05 / 02 / 2027 ', '2027-02-05'],
    ['31-12-2026', '2026-12-31'],
    ['31.12.2026', '2026-12-31'],
    ['29/02/2028', '2028-02-29'],
    // Pasted from a portal or a spreadsheet.
    ['2026-12-31', '2026-12-31'],
  ])('%j → %s', (text, day) => expect(readDateInput(text)).toEqual({ day }));

  it.each(['', '   '])('%j is empty', (text) => expect(readDateInput(text)).toEqual({ empty: true }));

  it.each([
    ['12/31/2026', 'Không có tháng 31: tháng từ 1 đến 12.'],
    ['31/11/2026', 'Không có ngày 31/11/2026: tháng 11 năm 2026 có 30 ngày.'],
    ['29/02/2026', 'Không có ngày 29/02/2026: tháng 2 năm 2026 có 28 ngày.'],
    ['0/1/2026', 'Không có ngày 00/01/2026: tháng 1 năm 2026 có 31 ngày.'],
    ['31/12/26', 'Năm cần đủ 4 chữ số, ví dụ 31/12/2026.'],
    ['31122026', 'Ngày viết theo dạng ngày/tháng/năm, ví dụ 31/12/2026.'],
    ['ngày mai', 'Ngày viết theo dạng ngày/tháng/năm, ví dụ 31/12/2026.'],
    ['Dec 31, 2026', 'Ngày viết theo dạng ngày/tháng/năm, ví dụ 31/12/2026.'],
  ])('%j → %s', (text, error) => expect(readDateInput(text)).toEqual({ error }));

  it.each([
    ['2026-12-31', '31/12/2026'],
    ['2026-02-05T08:00:00+07:00', '05/02/2026'],
    ['', ''],
    [undefined, ''],
  ])('dateInputText(%j) → %j', (day, text) => expect(dateInputText(day)).toBe(text));

  it('reads back what it shows', () => {
    for (const day of ['2026-01-01', '2026-11-29', '2027-02-05', '2026-12-31']) {
      expect(readDateInput(dateInputText(day))).toEqual({ day });
    }
  });
});
