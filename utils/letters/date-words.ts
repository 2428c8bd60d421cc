import { type Instant, vietnamToday } from '../deadline';

interface DayParts {
  year: number;
  month: number;
  day: number;
}

/** The Vietnam calendar day of an ISO date or instant; undefined when it cannot be read. */
export function vietnamDayOf(input: Instant | undefined): string | undefined {
  if (input === undefined || input === '') return undefined;
  try {
    return vietnamToday(input);
  } catch {
    return undefined;
  }
}

function partsOf(input: Instant): DayParts {
  const day = vietnamDayOf(input);
  if (!day) throw new RangeError(`Not a date: ${String(input)}`);
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
}

/**
 * Decree 30/2020's date words, used for every date of a letter so that one letter never mixes two forms: days below
 * 10 and months 1–2 take a leading zero ("ngày 05 tháng 02"), so that nobody can add a digit in front of them;
 * other months do not ("tháng 3", "tháng 11").
 */
export function writtenDate(input: Instant): string {
  const { year, month, day } = partsOf(input);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** The place-and-date line under the national motto: "Tân Phú, ngày 05 tháng 3 năm 2026". */
export function placeDateLine(place: string, input: Instant): string {
  return `${place}, ${writtenDate(input)}`;
}

/** Calendar days from one `YYYY-MM-DD` to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
