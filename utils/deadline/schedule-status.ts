import { readIsoDay, yearOf } from './iso-day';
import { OFFICIAL_SCHEDULES } from './official-schedules';
import { parseVietnamTime } from './vietnam-time';

/** Whether the government's holiday schedule for a year ships with the product. */
export const hasOfficialSchedule = (year: number): boolean => year in OFFICIAL_SCHEDULES;

/** What the sidebar and options say of a year whose days off come from the law alone. */
export const unconfirmedYearNotice = (year: number): string =>
  `Lịch nghỉ năm ${year} tính theo luật, chưa có thông báo chính thức`;

function yearOfDay(day: string | undefined): number | undefined {
  if (!day) return undefined;
  const epochDay = readIsoDay(day.slice(0, 10));
  if (epochDay !== undefined && day.length === 10) return yearOf(epochDay);
  try {
    return yearOf(parseVietnamTime(day).day);
  } catch {
    return undefined;
  }
}

/**
 * The years among these days (`YYYY-MM-DD` or ISO instants) whose holidays follow the law alone: no official
 * schedule ships for them and no team lead has marked them checked. Sorted, each once.
 */
export function unconfirmedYears(days: ReadonlyArray<string | undefined>, confirmed: readonly number[]): number[] {
  const years = new Set(days.map(yearOfDay).filter((year): year is number => year !== undefined));
  return [...years].filter((year) => !hasOfficialSchedule(year) && !confirmed.includes(year)).sort((a, b) => a - b);
}
