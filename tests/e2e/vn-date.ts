import { shiftedNow } from '../../utils/clock/clock';
import { shiftDay } from '../portal/render.mjs';

/** The e2e suite's "today" in Vietnam: the portal serves its pages for it and the extension's clock stands on it. */
export const E2E_TODAY = '2026-11-25';

/**
 * Days the date-sensitive specs run on again (playwright.config.ts): the 1st of a month, a Sunday, the eve of Tết
 * 2027 (6 February) and 31 December.
 */
export const MATRIX_DAYS = ['2026-12-01', '2026-11-29', '2027-02-05', '2026-12-31'];

/** A test's clock: `day(n)` is today + n days (YYYY-MM-DD), `now()` the time it is for the extension. */
export interface TestClock {
  today: string;
  day(offsetDays: number): string;
  now(): number;
}

export const testClock = (today: string): TestClock => ({
  today,
  day: (offsetDays) => shiftDay(today, offsetDays),
  now: () => shiftedNow(Date.now(), today),
});

/** Decree 30's date words: "ngày 05 tháng 3 năm 2026", "ngày 01 tháng 02 năm 2027", "ngày 25 tháng 12 năm 2026". */
export const writtenDay = (day: string): string => {
  const month = Number(day.slice(5, 7));
  return `ngày ${day.slice(8, 10)} tháng ${month <= 2 ? `0${month}` : month} năm ${day.slice(0, 4)}`;
};

/** The sidebar's day: "05/03/2026". */
export const shownDay = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
