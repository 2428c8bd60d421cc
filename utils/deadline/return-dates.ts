/** Return dates that the law or the office fixes from a starting moment. */
import type { WorkingCalendar } from './calendar';
import { formatIsoDay } from './iso-day';
import { type Instant, parseVietnamTime, vietnamEpochDay, vietnamMinuteOfDay } from './vietnam-time';

/**
 * Civil-status dossiers received after 15:00 ("sau 15 giờ", Law on Civil Status 2014) are returned the next working
 * day; one stamped 15:00 is not yet after it (portals stamp to the minute).
 */
export const SAME_DAY_CUTOFF_MINUTES = 15 * 60;

/**
 * The return date of a same-day procedure (birth, marriage, death registration): the day of receipt when that is a
 * working day and the dossier came in by 15:00 Vietnam time, otherwise the next working day.
 * A bare `YYYY-MM-DD` (time unknown) counts as received at the start of that day.
 */
export function sameDayReturnDate(
  receivedAt: Instant,
  calendar: Pick<WorkingCalendar, 'isWorkingDay' | 'nextWorkingDay'>,
): string {
  const day = formatIsoDay(vietnamEpochDay(receivedAt));
  const inTime = vietnamMinuteOfDay(receivedAt) <= SAME_DAY_CUTOFF_MINUTES;
  return inTime && calendar.isWorkingDay(day) ? day : calendar.nextWorkingDay(day);
}

/**
 * The new return date promised on the apology slip (Phiếu xin lỗi và hẹn lại ngày trả kết quả): `workingDays`
 * working days after the Vietnam day of `from` (a `YYYY-MM-DD` or an instant, usually today).
 */
export function proposeNewReturnDate(
  from: Instant,
  workingDays: number,
  calendar: Pick<WorkingCalendar, 'addWorkingDays'>,
): string {
  return calendar.addWorkingDays(formatIsoDay(vietnamEpochDay(from)), workingDays);
}

/**
 * The new return date for an apology slip: `workingDays` working days after the due date while the slip comes
 * before it (the law asks for it at the latest 1 day before), after today once the due date has passed. A due date
 * that cannot be read counts as passed.
 */
export function apologyReturnDate(
  dueAt: string | undefined,
  now: Instant,
  workingDays: number,
  calendar: Pick<WorkingCalendar, 'addWorkingDays'>,
): string {
  const today = vietnamEpochDay(now);
  let due: number | undefined;
  try {
    due = dueAt ? parseVietnamTime(dueAt).day : undefined;
  } catch {
    due = undefined;
  }
  return proposeNewReturnDate(formatIsoDay(due !== undefined && due > today ? due : today), workingDays, calendar);
}
