import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar';
import { formatIsoDay, fromYmd } from './iso-day';

const calendar = createCalendar();

describe('isWorkingDay', () => {
  it.each([
    ['2026-11-23', true],
    ['2026-11-27', true],
    ['2026-11-28', false],
    ['2026-11-29', false],
    ['2026-01-10', true],
    ['2026-01-02', false],
  ])('%s → %s', (day, working) => expect(calendar.isWorkingDay(day)).toBe(working));

  it('rejects a malformed day', () => expect(() => calendar.isWorkingDay('25/11/2026')).toThrow(RangeError));
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-11-25', 0, '2026-11-25'],
    ['2026-11-25', 1, '2026-11-26'],
    ['2026-11-25', 3, '2026-11-30'],
    ['2026-11-25', 5, '2026-12-02'],
    ['2026-11-28', 1, '2026-11-30'],
    ['2026-11-25', -3, '2026-11-20'],
    // Across Tết 2025 (27–31/1 off) and Tết 2026 (16–20/2 off).
    ['2025-01-24', 1, '2025-02-03'],
    ['2025-01-22', 5, '2025-02-05'],
    ['2026-02-12', 2, '2026-02-23'],
    ['2026-02-23', -1, '2026-02-13'],
    ['2026-02-10', 10, '2026-03-03'],
    // Across 30/4–1/5 2025: Saturday 26/4 is worked, 30/4–2/5 are off.
    ['2025-04-25', 1, '2025-04-26'],
    ['2025-04-25', 3, '2025-04-29'],
    ['2025-04-29', 1, '2025-05-05'],
    // 2024: 29/4–1/5 off, Saturday 4/5 worked.
    ['2024-04-26', 1, '2024-05-02'],
    ['2024-05-03', 1, '2024-05-04'],
    // Giỗ Tổ 2026 on Sunday, substitute Monday 27/4, then 30/4–1/5.
    ['2026-04-24', 3, '2026-05-04'],
    // New Year 2026: 1–2/1 off, Saturday 10/1 worked.
    ['2025-12-31', 1, '2026-01-05'],
    ['2026-01-09', 1, '2026-01-10'],
  ])('%s + %i working days = %s', (day, n, expected) => expect(calendar.addWorkingDays(day, n)).toBe(expected));

  it('rejects a fractional count', () => expect(() => calendar.addWorkingDays('2026-11-25', 1.5)).toThrow(RangeError));

  it.each([
    ['2026-11-27', '2026-11-30'],
    ['2026-02-13', '2026-02-23'],
    ['2026-01-09', '2026-01-10'],
  ])('next working day after %s is %s', (day, next) => expect(calendar.nextWorkingDay(day)).toBe(next));
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-11-25', '2026-11-25', 0],
    ['2026-11-25', '2026-11-26', 1],
    ['2026-11-25', '2026-11-30', 3],
    ['2026-11-30', '2026-11-25', -3],
    ['2026-11-27', '2026-11-29', 0],
    ['2026-02-13', '2026-02-23', 1],
    ['2025-01-24', '2025-02-03', 1],
    ['2025-04-25', '2025-05-05', 4],
    ['2024-04-26', '2024-05-06', 4],
    ['2026-01-01', '2026-12-31', 250],
    ['2025-12-31', '2027-01-01', 250],
  ])('%s → %s: %i', (from, to, count) => expect(calendar.workingDaysBetween(from, to)).toBe(count));

  it('agrees with counting day by day, and with addWorkingDays, over 2023–2028', () => {
    const first = fromYmd(2023, 1, 1);
    const last = fromYmd(2028, 12, 31);
    const working: boolean[] = [];
    for (let day = first; day <= last; day += 1) working.push(calendar.isWorkingDay(formatIsoDay(day)));
    const mismatches: string[] = [];
    for (let from = first; from <= last; from += 17) {
      let count = 0;
      for (let to = from + 1; to <= Math.min(last, from + 400); to += 1) {
        if (working[to - first]) count += 1;
        const [a, b] = [formatIsoDay(from), formatIsoDay(to)];
        if (calendar.workingDaysBetween(a, b) !== count || calendar.workingDaysBetween(b, a) !== -count) {
          mismatches.push(`${a}→${b}`);
        }
        if (working[to - first] && calendar.addWorkingDays(a, count) !== b) mismatches.push(`${a}+${count}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('team-lead overrides', () => {
  const adjusted = createCalendar({
    extraDaysOff: ['2026-11-24', '2026-01-10', 'not a day'],
    extraWorkingDays: ['2026-11-28', '2026-02-20', '2026-11-24'],
  });

  it.each([
    ['2026-11-24', true, 'listed both ways: working wins'],
    ['2026-01-10', false, 'a make-up Saturday cancelled'],
    ['2026-11-28', true, 'a Saturday worked'],
    ['2026-02-20', true, 'a Tết day worked'],
  ])('%s is working: %s (%s)', (day, working) => expect(adjusted.isWorkingDay(day)).toBe(working));

  it('counts with them', () => expect(adjusted.workingDaysBetween('2026-11-20', '2026-11-30')).toBe(7));

  it('names an added day off', () =>
    expect(
      createCalendar({ extraDaysOff: ['2026-11-24'] })
        .holidaysOf(2026)
        .at(-1),
    ).toEqual({
      day: '2026-11-24',
      name: 'Ngày nghỉ do đơn vị bổ sung',
    }));

  it('lists added working weekend days with the make-up days', () =>
    expect(adjusted.makeUpWorkingDaysOf(2026)).toEqual(['2026-08-22', '2026-11-28']));

  it('uses replacement schedules, even across New Year', () => {
    const custom = createCalendar({
      schedules: {
        2027: {
          source: 'test',
          breaks: { 'new-year': { from: '2026-12-31', to: '2027-01-03', makeUpWorkingDays: ['2027-01-09'] } },
        },
      },
    });
    expect(custom.isWorkingDay('2026-12-31')).toBe(false);
    expect(custom.isWorkingDay('2027-01-09')).toBe(true);
    expect(custom.workingDaysBetween('2026-12-30', '2027-01-04')).toBe(1);
    // Without the shipped table, 2026 falls back to the rules: Tết is 16–20/2 by rule as well, 2/1 is worked.
    expect(custom.isWorkingDay('2026-01-02')).toBe(true);
  });

  it('leaves the shared default untouched', () => expect(calendar.isWorkingDay('2026-11-24')).toBe(true));

  it('hands out copies of its lists', () => {
    calendar.holidaysOf(2026).pop();
    calendar.makeUpWorkingDaysOf(2026).pop();
    expect(calendar.holidaysOf(2026).at(-1)?.day).toBe('2026-09-02');
    expect(calendar.makeUpWorkingDaysOf(2026)).toEqual(['2026-01-10', '2026-08-22']);
  });
});
