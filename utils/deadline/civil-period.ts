import type { WorkingCalendar } from './calendar';
import { addDays } from './iso-day';

/**
 * The last day of a period of `days` days that starts with an event (Civil Code 2015): the day of the event is not
 * counted (art. 147), and a period whose last day is a weekend day or a holiday ends at the end of the next working
 * day (art. 148). All days `YYYY-MM-DD`.
 */
export function periodEnd(
  eventDay: string,
  days: number,
  calendar: Pick<WorkingCalendar, 'isWorkingDay' | 'nextWorkingDay'>,
): string {
  const last = addDays(eventDay, days);
  return calendar.isWorkingDay(last) ? last : calendar.nextWorkingDay(last);
}
