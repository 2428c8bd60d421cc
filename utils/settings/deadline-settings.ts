import { createCalendar, type DeadlineStatus, deadlineLevel, type WorkingCalendar } from '../deadline';
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

/** Dossiers that are finished: their return date no longer runs. */
export const isClosed = (status: DossierStatus): boolean => ['returned', 'withdrawn', 'rejected'].includes(status);

/** The deadline level of an open dossier under the settings; null when closed or without a readable date. */
export function deadlineUnder(
  { dueAt, status }: { dueAt?: string; status: DossierStatus },
  now: number,
  deadline: Settings['deadline'],
): DeadlineStatus | null {
  if (!dueAt || isClosed(status)) return null;
  try {
    return deadlineLevel(dueAt, now, calendarFor(deadline), { soonWorkingDays: deadline.soonWorkingDays });
  } catch {
    return null;
  }
}

/** Soon, due today or overdue: the dossiers the toolbar badge counts. */
export const needsAttention = (status: DeadlineStatus | null): boolean => status !== null && status.level !== 'ok';
