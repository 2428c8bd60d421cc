/**
 * Calendar days as integers ("epoch days": days since 1970-01-01) and `YYYY-MM-DD` strings.
 * Pure integer arithmetic (proleptic Gregorian, H. Hinnant's civil-day algorithms): no `Date`, so the
 * computer's time zone can never shift a day.
 */
export type EpochDay = number;

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function fromYmd(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function toYmd(epochDay: EpochDay): Ymd {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

const DASH = 45;

/** A strict `YYYY-MM-DD` as an epoch day; undefined for anything else, including impossible days like 2026-02-30. */
export function readIsoDay(text: string): EpochDay | undefined {
  // Hand-parsed rather than by regular expression: list pages compute a level for every row.
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return undefined;
  const year = readDigits(text, 0, 4);
  const month = readDigits(text, 5, 7);
  const day = readDigits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return fromYmd(year, month, day);
}

/** The number written in text[from, to), or -1 if that is not all digits (or runs past the end). */
export function readDigits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Like readIsoDay, for inputs that must be valid: a RangeError otherwise. */
export function parseIsoDay(text: string): EpochDay {
  const epochDay = readIsoDay(text);
  if (epochDay === undefined) throw new RangeError(`Not a YYYY-MM-DD day: ${JSON.stringify(text)}`);
  return epochDay;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function formatIsoDay(epochDay: EpochDay): string {
  const { year, month, day } = toYmd(epochDay);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export const yearOf = (epochDay: EpochDay): number => toYmd(epochDay).year;

/** 0 = Sunday … 6 = Saturday, like `Date#getDay`; 1970-01-01 was a Thursday. */
export const dayOfWeek = (epochDay: EpochDay): number => (((epochDay + 4) % 7) + 7) % 7;

export const isWeekend = (epochDay: EpochDay): boolean => {
  const weekday = dayOfWeek(epochDay);
  return weekday === 0 || weekday === 6;
};

/** Monday–Friday days in [from, toExclusive), in constant time. */
export function countWeekdays(from: EpochDay, toExclusive: EpochDay): number {
  return weekdaysSinceMonday(toExclusive) - weekdaysSinceMonday(from);
}

// 1970-01-05 was a Monday: counting from it makes every week a fixed run of five weekdays then two weekend days.
function weekdaysSinceMonday(epochDay: EpochDay): number {
  const offset = epochDay - 4;
  const weeks = Math.floor(offset / 7);
  return weeks * 5 + Math.min(offset - weeks * 7, 5);
}

/** `YYYY-MM-DD` plus n calendar days. */
export const addDays = (day: string, n: number): string => formatIsoDay(parseIsoDay(day) + n);
