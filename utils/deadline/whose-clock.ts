/**
 * Whose turn a dossier is. The office's return date runs only while the office holds the dossier: time the citizen
 * spends supplementing or a paused dossier is not the office's delay, and a result ready by the appointment, a
 * returned, refused or withdrawn dossier owes nothing more. No overdue flag and no apology for those (DOMAIN.md).
 */
import type { DossierStatus } from '../dossier/types';
import type { WorkingCalendar } from './calendar';
import { type DeadlineStatus, type DeadlineThresholds, deadlineLevel } from './level';
import type { Instant } from './vietnam-time';

export type ClockOwner = 'office' | 'citizen' | 'nobody';

const CITIZEN: ReadonlySet<DossierStatus> = new Set(['supplement', 'paused']);
const NOBODY: ReadonlySet<DossierStatus> = new Set(['result-ready', 'returned', 'rejected', 'withdrawn']);

export function clockOwner(status: DossierStatus): ClockOwner {
  if (CITIZEN.has(status)) return 'citizen';
  if (NOBODY.has(status)) return 'nobody';
  return 'office';
}

/**
 * The level of a dossier: `waiting` or `closed` when the clock is not the office's, else its return date's level;
 * null when the office holds it but no due date could be read. Throws a RangeError for a due date it cannot read.
 */
export function dossierLevel(
  { dueAt, status }: { dueAt?: string; status: DossierStatus },
  now: Instant,
  calendar: Pick<WorkingCalendar, 'workingDaysBetween'>,
  thresholds?: DeadlineThresholds,
): DeadlineStatus | null {
  const owner = clockOwner(status);
  if (owner === 'citizen') return { level: 'waiting', workingDays: 0 };
  if (owner === 'nobody') return { level: 'closed', workingDays: 0 };
  return dueAt ? deadlineLevel(dueAt, now, calendar, thresholds) : null;
}
