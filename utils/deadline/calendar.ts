/**
 * The working-day calendar: weekends, holidays (rules + official schedules) and the team lead's own changes.
 * Everything is precomputed per year and cached, so counting working days between two dates is a couple of binary
 * searches whatever the distance.
 */
import { type HolidayEntry, holidaysForYear, type OfficialSchedule } from './holidays';
import { countWeekdays, type EpochDay, formatIsoDay, isWeekend, parseIsoDay, readIsoDay, yearOf } from './iso-day';
import { OFFICIAL_SCHEDULES } from './official-schedules';

export interface CalendarOverrides {
  /** Days off the team lead adds (`YYYY-MM-DD`), e.g. a provincial decision. */
  extraDaysOff?: readonly string[];
  /** Days worked although the calendar says otherwise; these win over everything else. */
  extraWorkingDays?: readonly string[];
  /** Official schedules by year, replacing the shipped table. */
  schedules?: Readonly<Record<number, OfficialSchedule>>;
}

export interface Holiday {
  day: string;
  name: string;
}

/** All days are `YYYY-MM-DD` in Vietnam. */
export interface WorkingCalendar {
  isWorkingDay(day: string): boolean;
  /** The n-th working day after `day` (before it when n < 0); `day` itself when n = 0. */
  addWorkingDays(day: string, n: number): string;
  /** Working days after `from` up to and including `to`; negative when `to` comes first. */
  workingDaysBetween(from: string, to: string): number;
  /** The first working day after `day`. */
  nextWorkingDay(day: string): string;
  /** The year's days off other than ordinary weekends, with their names, in order. */
  holidaysOf(year: number): Holiday[];
  /** The year's weekend days that are working days (make-up Saturdays and the team lead's additions). */
  makeUpWorkingDaysOf(year: number): string[];
}

const TEAM_DAY_OFF = 'Ngày nghỉ do đơn vị bổ sung';

interface YearDays {
  /** Monday–Friday days that are off, as a set for lookups and sorted for range counts. */
  offWeekdays: Set<EpochDay>;
  offWeekdaysSorted: EpochDay[];
  workingWeekends: Set<EpochDay>;
  workingWeekendsSorted: EpochDay[];
  holidays: Holiday[];
  makeUpWorkingDays: string[];
}

export function createCalendar(overrides: CalendarOverrides = {}): WorkingCalendar {
  const schedules = overrides.schedules ?? OFFICIAL_SCHEDULES;
  const extraDaysOff = validDays(overrides.extraDaysOff);
  const extraWorkingDays = validDays(overrides.extraWorkingDays);
  const cache = new Map<number, YearDays>();

  function yearDays(year: number): YearDays {
    let days = cache.get(year);
    if (!days) {
      days = buildYear(year, schedules, extraDaysOff, extraWorkingDays);
      cache.set(year, days);
    }
    return days;
  }

  function isWorking(day: EpochDay): boolean {
    const days = yearDays(yearOf(day));
    return isWeekend(day) ? days.workingWeekends.has(day) : !days.offWeekdays.has(day);
  }

  /** Working days in (from, to], from < to: weekdays, less weekdays off, plus weekend days worked. */
  function countAfter(from: EpochDay, to: EpochDay): number {
    let count = countWeekdays(from + 1, to + 1);
    for (let year = yearOf(from + 1); year <= yearOf(to); year += 1) {
      const days = yearDays(year);
      count -= countWithin(days.offWeekdaysSorted, from + 1, to);
      count += countWithin(days.workingWeekendsSorted, from + 1, to);
    }
    return count;
  }

  function addWorking(day: EpochDay, n: number): EpochDay {
    if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of working days: ${n}`);
    const step = n < 0 ? -1 : 1;
    let current = day;
    for (let left = Math.abs(n); left > 0; ) {
      current += step;
      if (isWorking(current)) left -= 1;
    }
    return current;
  }

  return {
    isWorkingDay: (day) => isWorking(parseIsoDay(day)),
    addWorkingDays: (day, n) => formatIsoDay(addWorking(parseIsoDay(day), n)),
    workingDaysBetween(from, to) {
      const start = parseIsoDay(from);
      const end = parseIsoDay(to);
      if (start === end) return 0;
      return start < end ? countAfter(start, end) : -countAfter(end, start);
    },
    nextWorkingDay: (day) => formatIsoDay(addWorking(parseIsoDay(day), 1)),
    holidaysOf: (year) => yearDays(year).holidays.map((holiday) => ({ ...holiday })),
    makeUpWorkingDaysOf: (year) => [...yearDays(year).makeUpWorkingDays],
  };
}

// Settings are validated on import; a stray bad entry must still not take the sidebar down, so it is skipped.
function validDays(days: readonly string[] | undefined): EpochDay[] {
  return (days ?? []).map(readIsoDay).filter((day) => day !== undefined);
}

/** Later layers win: holidays, then official make-up days, then the team lead's days off, then working days. */
function buildYear(
  year: number,
  schedules: Readonly<Record<number, OfficialSchedule>>,
  extraDaysOff: readonly EpochDay[],
  extraWorkingDays: readonly EpochDay[],
): YearDays {
  const inYear = (day: EpochDay) => yearOf(day) === year;
  const status = new Map<EpochDay, { working: boolean; name: string }>();
  // Breaks and substitute days can spill over New Year, so the neighbouring years' holidays count too.
  const neighbours = [year - 1, year, year + 1].map((y) => holidaysForYear(y, schedules[y]));
  const daysOff: HolidayEntry[] = neighbours.flatMap((holidays) => holidays.daysOff);
  for (const { day, name } of daysOff) {
    if (inYear(day) && !status.has(day)) status.set(day, { working: false, name });
  }
  for (const day of neighbours.flatMap((holidays) => holidays.makeUpWorkingDays)) {
    if (inYear(day)) status.set(day, { working: true, name: '' });
  }
  for (const day of extraDaysOff) {
    if (inYear(day)) status.set(day, { working: false, name: status.get(day)?.name || TEAM_DAY_OFF });
  }
  for (const day of extraWorkingDays) {
    if (inYear(day)) status.set(day, { working: true, name: '' });
  }

  const ordered = [...status].sort(([a], [b]) => a - b);
  const offWeekdaysSorted = ordered.filter(([day, s]) => !s.working && !isWeekend(day)).map(([day]) => day);
  const workingWeekendsSorted = ordered.filter(([day, s]) => s.working && isWeekend(day)).map(([day]) => day);
  return {
    offWeekdays: new Set(offWeekdaysSorted),
    offWeekdaysSorted,
    workingWeekends: new Set(workingWeekendsSorted),
    workingWeekendsSorted,
    holidays: ordered.filter(([, s]) => !s.working).map(([day, s]) => ({ day: formatIsoDay(day), name: s.name })),
    makeUpWorkingDays: workingWeekendsSorted.map(formatIsoDay),
  };
}

/** How many of the sorted days lie in [from, to]. */
function countWithin(sorted: readonly EpochDay[], from: EpochDay, to: EpochDay): number {
  return firstAtLeast(sorted, to + 1) - firstAtLeast(sorted, from);
}

function firstAtLeast(sorted: readonly EpochDay[], value: EpochDay): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as EpochDay) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
