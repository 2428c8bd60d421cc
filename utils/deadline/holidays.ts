/**
 * Public holidays of the Labour Code 2019 (art. 112) as rules, and how a year's official schedule replaces them.
 * The law fixes the holidays but lets the government pick the actual Tết days and the day next to 2/9 each year,
 * and it often swaps a weekday off for a weekend working day: announced schedules are data (official-schedules.ts).
 */
import { dayOfWeek, type EpochDay, fromYmd, isWeekend, parseIsoDay } from './iso-day';
import { lunarToSolarDay } from './lunar';

const THURSDAY = 4;

export type Occasion = 'new-year' | 'tet' | 'hung-kings' | 'reunification-labour' | 'national-day';

export const OCCASIONS: readonly Occasion[] = ['new-year', 'tet', 'hung-kings', 'reunification-labour', 'national-day'];

export const OCCASION_NAMES: Readonly<Record<Occasion, string>> = {
  'new-year': 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  'hung-kings': 'Giỗ Tổ Hùng Vương',
  'reunification-labour': 'Ngày Chiến thắng và Ngày Quốc tế Lao động',
  'national-day': 'Quốc khánh',
};

/** One announced break: every day from `from` to `to` (inclusive, `YYYY-MM-DD`) is off. */
export interface HolidayBreak {
  from: string;
  to: string;
  /** Weekend days worked instead of the weekdays this break gives off (ngày làm bù). */
  makeUpWorkingDays?: readonly string[];
}

/** A year as the government announced it; occasions it leaves out follow the rules. */
export interface OfficialSchedule {
  breaks: Partial<Readonly<Record<Occasion, HolidayBreak>>>;
  /** Where it was announced, so that a team lead can check it. */
  source: string;
}

export interface HolidayEntry {
  day: EpochDay;
  name: string;
}

export interface YearHolidays {
  /** Days off (weekend days inside announced breaks included), sorted. */
  daysOff: HolidayEntry[];
  makeUpWorkingDays: EpochDay[];
}

/** The statutory days of an occasion by the law alone, before any weekend substitution. */
function ruleDays(occasion: Occasion, year: number): HolidayEntry[] {
  const name = OCCASION_NAMES[occasion];
  switch (occasion) {
    case 'new-year':
      return [{ day: fromYmd(year, 1, 1), name }];
    case 'tet': {
      // The law gives 5 days; without a decision we take the usual choice: the last day of the old year + 4 days.
      const newYear = lunarToSolarDay(1, 1, year);
      return [-1, 0, 1, 2, 3].map((offset) => ({ day: newYear + offset, name }));
    }
    case 'hung-kings':
      return [{ day: lunarToSolarDay(10, 3, year), name: `${name} (10/3 âm lịch)` }];
    case 'reunification-labour':
      return [
        { day: fromYmd(year, 4, 30), name: 'Ngày Chiến thắng (30/4)' },
        { day: fromYmd(year, 5, 1), name: 'Ngày Quốc tế Lao động (1/5)' },
      ];
    case 'national-day': {
      const nationalDay = fromYmd(year, 9, 2);
      return [
        { day: nationalDay, name: `${name} (2/9)` },
        { day: nationalDayCompanion(year), name: `${name} (ngày liền kề)` },
      ];
    }
  }
}

/**
 * The law adds 1/9 or 3/9 and the government picks one. Default as it has picked since 2021: the day that joins
 * the break to a weekend (3/9 when 2/9 is a Thursday), else 1/9 unless that falls on a weekend.
 */
function nationalDayCompanion(year: number): EpochDay {
  const nationalDay = fromYmd(year, 9, 2);
  return dayOfWeek(nationalDay) === THURSDAY || isWeekend(nationalDay - 1) ? nationalDay + 1 : nationalDay - 1;
}

/**
 * A year's days off and make-up working days. Announced breaks replace the rules of their occasion; a statutory day
 * that falls on a Saturday or Sunday gives a substitute day off on the next working day (Labour Code art. 111.3).
 */
export function holidaysForYear(year: number, schedule?: OfficialSchedule): YearHolidays {
  const daysOff: HolidayEntry[] = [];
  const statutory: HolidayEntry[] = [];
  const makeUpWorkingDays: EpochDay[] = [];
  for (const occasion of OCCASIONS) {
    const announced = schedule?.breaks[occasion];
    if (!announced) {
      statutory.push(...ruleDays(occasion, year));
      continue;
    }
    const last = parseIsoDay(announced.to);
    for (let day = parseIsoDay(announced.from); day <= last; day += 1) {
      daysOff.push({ day, name: OCCASION_NAMES[occasion] });
    }
    makeUpWorkingDays.push(...(announced.makeUpWorkingDays ?? []).map(parseIsoDay));
  }
  daysOff.push(...statutory);
  const taken = new Set(daysOff.map((entry) => entry.day));
  for (const holiday of [...statutory].sort(byDay)) {
    if (!isWeekend(holiday.day)) continue;
    let substitute = holiday.day + 1;
    while (isWeekend(substitute) || taken.has(substitute)) substitute += 1;
    taken.add(substitute);
    daysOff.push({ day: substitute, name: `Nghỉ bù ${holiday.name}` });
  }
  return { daysOff: daysOff.sort(byDay), makeUpWorkingDays: makeUpWorkingDays.sort((a, b) => a - b) };
}

const byDay = (a: HolidayEntry, b: HolidayEntry) => a.day - b.day;
