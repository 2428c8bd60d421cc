import { createCalendar, type DeadlineStatus, dossierLevel, isUrgent, type WorkingCalendar } from '../deadline';
import type { DossierStatus } from '../dossier/types';
import type { Settings } from './schema';

const calendars = new WeakMap<Settings['deadline'], WorkingCalendar>();

/** The working-day calendar with the team lead's overrides; built once per settings value (it caches holidays). */
export function calendarFor(deadline: Settings['deadline']): WorkingCalendar {
  let calendar = calendars.get(deadline);
  if (!calendar) {
    calendar = createCalendar({ extraDaysOff: deadline.extraDaysOff, extraWorkingDays: deadline.extraWorkingDays });
    calendars.set(deadline, calendar);
  }
  return calendar;
}

/**
 * The level of a dossier under the settings (`waiting` and `closed` when the clock is not the office's); null when
 * the office holds it without a readable due date.
 */
export function deadlineUnder(
  dossier: { dueAt?: string; completedAt?: string; status: DossierStatus },
  now: number,
  deadline: Settings['deadline'],
): DeadlineStatus | null {
  try {
    return dossierLevel(dossier, now, calendarFor(deadline), { soonWorkingDays: deadline.soonWorkingDays });
  } catch {
    return null;
  }
}

/** Soon, due today or overdue: the dossiers the toolbar badge counts. */
export const needsAttention = isUrgent;
