import { describe, expect, it } from 'vitest';
import { formatIsoDay, fromYmd, parseIsoDay } from './iso-day';
import { lunarNewYear, lunarToSolar, solarToLunar, solarToLunarDay } from './lunar';

const CHINA_UTC_OFFSET_HOURS = 8;

// Tết Nguyên đán as published in Vietnamese calendars (lịch vạn niên) and the government's holiday notices.
const TET: readonly (readonly [number, string])[] = [
  [1985, '1985-01-21'],
  [1986, '1986-02-09'],
  [1987, '1987-01-29'],
  [1988, '1988-02-17'],
  [1989, '1989-02-06'],
  [1990, '1990-01-27'],
  [1991, '1991-02-15'],
  [1992, '1992-02-04'],
  [1993, '1993-01-23'],
  [1994, '1994-02-10'],
  [1995, '1995-01-31'],
  [1996, '1996-02-19'],
  [1997, '1997-02-07'],
  [1998, '1998-01-28'],
  [1999, '1999-02-16'],
  [2000, '2000-02-05'],
  [2001, '2001-01-24'],
  [2002, '2002-02-12'],
  [2003, '2003-02-01'],
  [2004, '2004-01-22'],
  [2005, '2005-02-09'],
  [2006, '2006-01-29'],
  [2007, '2007-02-17'],
  [2008, '2008-02-07'],
  [2009, '2009-01-26'],
  [2010, '2010-02-14'],
  [2011, '2011-02-03'],
  [2012, '2012-01-23'],
  [2013, '2013-02-10'],
  [2014, '2014-01-31'],
  [2015, '2015-02-19'],
  [2016, '2016-02-08'],
  [2017, '2017-01-28'],
  [2018, '2018-02-16'],
  [2019, '2019-02-05'],
  [2020, '2020-01-25'],
  [2021, '2021-02-12'],
  [2022, '2022-02-01'],
  [2023, '2023-01-22'],
  [2024, '2024-02-10'],
  [2025, '2025-01-29'],
  [2026, '2026-02-17'],
  [2027, '2027-02-06'],
  [2028, '2028-01-26'],
  [2029, '2029-02-13'],
  [2030, '2030-02-02'],
  [2053, '2053-02-18'],
];

describe('Tết (1 tháng Giêng) at UTC+7', () => {
  it.each(TET)('%i: %s', (year, day) => {
    expect(lunarNewYear(year)).toBe(day);
    expect(solarToLunar(day)).toEqual({ day: 1, month: 1, year, leap: false });
  });

  // The same algorithm at China's UTC+8 gives the Chinese New Year, which differs in these years.
  it.each([
    [1968, '1968-01-29', '1968-01-30'],
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
    [2053, '2053-02-18', '2053-02-19'],
  ])('%i: Vietnam %s, China %s', (year, vietnam, china) => {
    expect(lunarNewYear(year)).toBe(vietnam);
    expect(lunarNewYear(year, CHINA_UTC_OFFSET_HOURS)).toBe(china);
  });

  it('agrees with China in the other years of the table', () => {
    const differing = TET.filter(([year, day]) => lunarNewYear(year, CHINA_UTC_OFFSET_HOURS) !== day).map(([y]) => y);
    expect(differing).toEqual([1985, 2007, 2030, 2053]);
  });

  it('always falls between 21 January and 20 February, 1900–2100', () => {
    const outside: string[] = [];
    for (let year = 1900; year <= 2100; year += 1) {
      const day = parseIsoDay(lunarNewYear(year));
      if (day < fromYmd(year, 1, 21) || day > fromYmd(year, 2, 20)) outside.push(formatIsoDay(day));
    }
    expect(outside).toEqual([]);
  });
});

describe('lunar dates', () => {
  it.each([
    [2019, '2019-04-14'],
    [2020, '2020-04-02'],
    [2021, '2021-04-21'],
    [2022, '2022-04-10'],
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('Giỗ Tổ Hùng Vương (10/3) %i: %s', (year, day) => expect(lunarToSolar(10, 3, year)).toBe(day));

  it.each([
    [2022, '2022-09-10'],
    [2023, '2023-09-29'],
    [2024, '2024-09-17'],
    [2025, '2025-10-06'],
  ])('Tết Trung thu (15/8) %i: %s', (year, day) => expect(lunarToSolar(15, 8, year)).toBe(day));

  it.each([
    [4, 2020, '2020-05-23'],
    [2, 2023, '2023-03-22'],
    [6, 2025, '2025-07-25'],
    [11, 2033, '2033-12-22'],
  ])('leap month %i of %i starts on %s', (month, year, day) => {
    expect(lunarToSolar(1, month, year, true)).toBe(day);
    expect(solarToLunar(day)).toEqual({ day: 1, month, year, leap: true });
  });

  it.each([
    ['a leap month the year lacks', () => lunarToSolar(1, 5, 2025, true)],
    ['a leap month in a common year', () => lunarToSolar(1, 1, 2024, true)],
    ['day 30 of a 29-day month', () => lunarToSolar(30, 12, 2025)],
    ['day 0', () => lunarToSolar(0, 1, 2026)],
    ['month 13', () => lunarToSolar(1, 13, 2026)],
  ])('rejects %s', (_, convert) => expect(convert).toThrow(RangeError));

  it('last day of Ất Tỵ is 29 tháng Chạp, the eve of Tết 2026', () =>
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false }));

  it('round-trips every day from 1900 to 2100', () => {
    const wrong: string[] = [];
    for (let day = fromYmd(1900, 1, 1); day <= fromYmd(2100, 12, 31); day += 1) {
      const lunar = solarToLunarDay(day);
      if (lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap) !== formatIsoDay(day)) {
        wrong.push(formatIsoDay(day));
      }
    }
    expect(wrong).toEqual([]);
  });
});
