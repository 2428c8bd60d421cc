import { describe, expect, it } from 'vitest';
import {
  addDays,
  countWeekdays,
  dayOfWeek,
  daysInMonth,
  formatIsoDay,
  fromYmd,
  parseIsoDay,
  readIsoDay,
  toYmd,
  yearOf,
} from './iso-day';

describe('epoch days', () => {
  it.each([
    ['1970-01-01', 0, 4],
    ['1969-12-31', -1, 3],
    ['2000-02-29', 11016, 2],
    ['1900-03-01', -25508, 4],
    ['2026-11-25', 20782, 3],
    ['2100-12-31', 47846, 5],
  ])('%s is epoch day %i, weekday %i', (iso, epochDay, weekday) => {
    expect(parseIsoDay(iso)).toBe(epochDay);
    expect(formatIsoDay(epochDay)).toBe(iso);
    expect(dayOfWeek(epochDay)).toBe(weekday);
  });

  it('round-trips every day from 1899 to 2101', () => {
    const wrong: number[] = [];
    let expected = { year: 1899, month: 1, day: 1 };
    for (let epochDay = fromYmd(1899, 1, 1); epochDay <= fromYmd(2101, 12, 31); epochDay += 1) {
      const ymd = toYmd(epochDay);
      const same = ymd.year === expected.year && ymd.month === expected.month && ymd.day === expected.day;
      if (!same || fromYmd(ymd.year, ymd.month, ymd.day) !== epochDay) wrong.push(epochDay);
      expected = nextYmd(expected);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    [1900, 2, 28],
    [2000, 2, 29],
    [2024, 2, 29],
    [2026, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => expect(daysInMonth(year, month)).toBe(days));

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-1-5', '2026-11-25T10:00', '', '25/11/2026'])(
    'rejects %j',
    (text) => {
      expect(readIsoDay(text)).toBeUndefined();
      expect(() => parseIsoDay(text)).toThrow(RangeError);
    },
  );

  it.each([
    ['2026-11-25', 7, '2026-12-02'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
  ])('%s + %i days = %s', (day, n, expected) => expect(addDays(day, n)).toBe(expected));

  it('knows the year of a day', () =>
    expect(yearOf(parseIsoDay('2027-01-01')) - yearOf(parseIsoDay('2026-12-31'))).toBe(1));
});

describe('countWeekdays', () => {
  it('matches a day-by-day count for every span up to 30 days around New Year 1970 and 2027', () => {
    for (const start of [fromYmd(1969, 12, 1), fromYmd(2026, 12, 1)]) {
      for (let from = start; from < start + 60; from += 1) {
        for (let to = from; to <= from + 30; to += 1) {
          let count = 0;
          for (let day = from; day < to; day += 1) if (dayOfWeek(day) % 6 !== 0) count += 1;
          expect(countWeekdays(from, to)).toBe(count);
        }
      }
    }
  });
});

function nextYmd({ year, month, day }: { year: number; month: number; day: number }) {
  if (day < daysInMonth(year, month)) return { year, month, day: day + 1 };
  return month < 12 ? { year, month: month + 1, day: 1 } : { year: year + 1, month: 1, day: 1 };
}
