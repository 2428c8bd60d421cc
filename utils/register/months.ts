import { now } from '../clock/clock';
import { addDays, type Instant, vietnamToday } from '../deadline';
import { vietnamDayOf } from '../letters/date-words';

/** `YYYY-MM` of a moment, in Vietnam time. */
export const monthOf = (input: Instant): string => (vietnamDayOf(input) ?? vietnamToday(now())).slice(0, 7);

/** The month `n` months before `month` (`YYYY-MM`). */
export function monthsBefore(month: string, n: number): string {
  const [year = 0, m = 1] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The oldest month still kept when `retentionMonths` are kept, this month included. */
export const oldestKeptMonth = (now: Instant, retentionMonths: number): string =>
  monthsBefore(monthOf(now), Math.max(1, retentionMonths) - 1);

/** The month before the current one: what a monthly report is usually about. */
export const previousMonth = (now: Instant): string => monthOf(addDays(`${monthOf(now)}-01`, -1));
