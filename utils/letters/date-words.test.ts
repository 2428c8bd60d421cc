import { describe, expect, it } from 'vitest';
import { daysBetween, placeDateLine, writtenDate } from './date-words';

describe('writtenDate', () => {
  it.each([
    ['2026-03-05', 'ngày 05 tháng 3 năm 2026'],
    ['2026-11-25', 'ngày 25 tháng 11 năm 2026'],
    ['2026-01-09', 'ngày 09 tháng 01 năm 2026'],
    ['2026-12-01', 'ngày 01 tháng 12 năm 2026'],
    // Read in Vietnam time: 20:00 UTC on 4 March is already 5 March there.
    ['2026-03-04T20:00:00Z', 'ngày 05 tháng 3 năm 2026'],
    ['2026-03-05T23:59:00+07:00', 'ngày 05 tháng 3 năm 2026'],
  ])('%s → %s', (iso, words) => expect(writtenDate(iso)).toBe(words));

  it('refuses what is not a date', () => expect(() => writtenDate('5/3/2026')).toThrow(RangeError));
});

describe('placeDateLine', () => {
  it.each([
    ['2026-03-05', 'Tân Phú, ngày 05 tháng 3 năm 2026'],
    ['2026-01-05', 'Tân Phú, ngày 05 tháng 01 năm 2026'],
    ['2026-02-28', 'Tân Phú, ngày 28 tháng 02 năm 2026'],
    ['2026-03-10', 'Tân Phú, ngày 10 tháng 3 năm 2026'],
    ['2026-09-09', 'Tân Phú, ngày 09 tháng 9 năm 2026'],
    ['2026-10-01', 'Tân Phú, ngày 01 tháng 10 năm 2026'],
    ['2026-11-25', 'Tân Phú, ngày 25 tháng 11 năm 2026'],
    ['2026-12-31', 'Tân Phú, ngày 31 tháng 12 năm 2026'],
  ])('%s → %s', (iso, line) => expect(placeDateLine('Tân Phú', iso)).toBe(line));
});

describe('daysBetween', () => {
  it.each([
    ['2026-01-01', '2026-03-02', 60],
    ['2024-01-01', '2024-03-01', 60],
    ['2026-03-05', '2026-03-04', -1],
    ['2025-12-31', '2026-01-01', 1],
  ])('%s → %s: %i', (from, to, days) => expect(daysBetween(from, to)).toBe(days));
});
