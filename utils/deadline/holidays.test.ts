import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar';
import { dayOfWeek, parseIsoDay } from './iso-day';

const official = createCalendar();
const rulesOnly = createCalendar({ schedules: {} });

const isWeekday = (day: string) => dayOfWeek(parseIsoDay(day)) % 6 !== 0;
const weekdaysOff = (calendar: typeof official, year: number) =>
  calendar
    .holidaysOf(year)
    .map(({ day }) => day)
    .filter(isWeekday);

// Every weekday off and every make-up Saturday of the official schedules, as announced.
const OFFICIAL_YEARS: readonly (readonly [number, string[], string[]])[] = [
  [
    2024,
    [
      '2024-01-01',
      '2024-02-08',
      '2024-02-09',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
      '2024-04-18',
      '2024-04-29',
      '2024-04-30',
      '2024-05-01',
      '2024-09-02',
      '2024-09-03',
    ],
    ['2024-05-04'],
  ],
  [
    2025,
    [
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
    ],
    ['2025-04-26'],
  ],
  [
    2026,
    [
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-08-31',
      '2026-09-01',
      '2026-09-02',
    ],
    ['2026-01-10', '2026-08-22'],
  ],
];

describe.each(OFFICIAL_YEARS)('official schedule %i', (year, daysOff, makeUpDays) => {
  it('has exactly the announced weekdays off', () => expect(weekdaysOff(official, year)).toEqual(daysOff));

  it.each(daysOff)('%s is a day off', (day) => expect(official.isWorkingDay(day)).toBe(false));

  it.each(makeUpDays)('Saturday %s is a make-up working day', (day) => {
    expect(dayOfWeek(parseIsoDay(day))).toBe(6);
    expect(official.isWorkingDay(day)).toBe(true);
  });

  it('lists its make-up days', () => expect(official.makeUpWorkingDaysOf(year)).toEqual(makeUpDays));

  // Swaps move days off around but never add any: the law's 11 days are all there is.
  it('gives 11 working days off in all', () => expect(daysOff.length - makeUpDays.length).toBe(11));
});

describe('official days that are working days', () => {
  it.each([
    ['2024-02-07', 'the day before Tết 2024 leave'],
    ['2024-02-15', 'the first day back after Tết 2024'],
    ['2025-02-03', 'the first day back after Tết 2025'],
    ['2026-02-13', 'Friday before Tết 2026'],
    ['2026-02-23', 'the first day back after Tết 2026'],
    ['2026-04-28', 'Tuesday between Giỗ Tổ and 30/4 2026'],
    ['2026-09-03', 'the day after Quốc khánh 2026'],
  ])('%s (%s)', (day) => expect(official.isWorkingDay(day)).toBe(true));
});

describe('names', () => {
  it('names each day of the 2026 Tết break', () =>
    expect(official.holidaysOf(2026).filter(({ name }) => name === 'Tết Nguyên đán')).toHaveLength(9));

  it.each([
    ['2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
    ['2027-05-01', 'Ngày Quốc tế Lao động (1/5)'],
    ['2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động (1/5)'],
    ['2027-09-03', 'Quốc khánh (ngày liền kề)'],
  ])('%s is %s', (day, name) =>
    expect(official.holidaysOf(2027).find((holiday) => holiday.day === day)?.name).toBe(name),
  );
});

describe('rules without an official schedule', () => {
  it.each([
    [2024, ['2024-01-01', '2024-04-18', '2024-04-30', '2024-05-01', '2024-09-02', '2024-09-03']],
    [2025, ['2025-01-01', '2025-04-07', '2025-04-30', '2025-05-01', '2025-09-01', '2025-09-02']],
    [2026, ['2026-01-01', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02']],
  ])('reproduce the days the government did not move in %i', (year, days) => {
    expect(weekdaysOff(rulesOnly, year)).toEqual(expect.arrayContaining(days));
    expect(weekdaysOff(official, year)).toEqual(expect.arrayContaining(days));
  });

  it.each([
    [2024, ['2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14', '2024-02-15']],
    // Tết on Saturday 6/2/2027: Friday 5/2, then 8/2 and 9/2, then substitutes 10/2 and 11/2 for the weekend.
    [2027, ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']],
    [2030, ['2030-02-01', '2030-02-04', '2030-02-05', '2030-02-06', '2030-02-07']],
  ])('give Tết %i as the last day of the lunar year and the first four of the new one', (year, days) => {
    const tet = rulesOnly.holidaysOf(year).filter(({ day, name }) => name.includes('Tết Nguyên đán') && isWeekday(day));
    expect(tet.map(({ day }) => day)).toEqual(days);
  });

  it.each([
    [2027, 'Thursday', '2027-09-03'],
    [2028, 'Saturday', '2028-09-01'],
    [2029, 'Sunday', '2029-09-03'],
    [2030, 'Monday', '2030-09-03'],
    [2031, 'Tuesday', '2031-09-01'],
    [2032, 'Thursday', '2032-09-03'],
    [2033, 'Friday', '2033-09-01'],
    [2037, 'Wednesday', '2037-09-01'],
  ])('add the day next to 2/9 that joins a weekend (%i, 2/9 on %s: %s)', (year, _, companion) =>
    expect(rulesOnly.holidaysOf(year).find(({ name }) => name === 'Quốc khánh (ngày liền kề)')?.day).toBe(companion),
  );

  it.each([
    // 1/1/2023 on Sunday → Monday 2/1.
    ['2023-01-02', 'Nghỉ bù Tết Dương lịch'],
    // Giỗ Tổ on Saturday 29/4/2023 and 30/4 on Sunday: both moved past Monday 1/5.
    ['2023-05-02', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
    ['2023-05-03', 'Nghỉ bù Ngày Chiến thắng (30/4)'],
    // 2/9/2029 on Sunday, 3/9 already off → Tuesday 4/9.
    ['2029-09-04', 'Nghỉ bù Quốc khánh (2/9)'],
  ])('give a substitute day when a holiday falls on a weekend: %s', (day, name) => {
    expect(rulesOnly.isWorkingDay(day)).toBe(false);
    expect(rulesOnly.holidaysOf(Number(day.slice(0, 4))).find((holiday) => holiday.day === day)?.name).toBe(name);
  });

  it('always give the 11 statutory working days off, 1990–2100', () => {
    const years: number[] = [];
    for (let year = 1990; year <= 2100; year += 1) if (weekdaysOff(rulesOnly, year).length !== 11) years.push(year);
    expect(years).toEqual([]);
  });
});
