/**
 * Whose turn a dossier is. The office's return date runs only while the office holds the dossier: time the citizen
 * spends supplementing or a paused dossier is not the office's delay, and a result ready by the appointment, a
 * returned, refused or withdrawn dossier owes nothing more. No overdue flag and no apology for those (DOMAIN.md).
 * A result made ready after the appointment was the office's delay: it keeps its flag and its apology.
 */
import type { DossierStatus } from '../dossier/types';
import type { WorkingCalendar } from './calendar';
import { type DeadlineStatus, type DeadlineThresholds, deadlineLevel } from './level';
import { type Instant, parseVietnamTime } from './vietnam-time';

/** The dates that tell whether a ready result came late. */
export interface ResultDates {
  dueAt?: string;
  completedAt?: string;
}

export type ClockOwner = 'office' | 'citizen' | 'nobody';

const CITIZEN: ReadonlySet<DossierStatus> = new Set(['supplement', 'paused']);
const NOBODY: ReadonlySet<DossierStatus> = new Set(['result-ready', 'returned', 'rejected', 'withdrawn']);

export function clockOwner(status: DossierStatus, { dueAt, completedAt }: ResultDates = {}): ClockOwner {
  if (CITIZEN.has(status)) return 'citizen';
  if (status === 'result-ready' && readyLate(dueAt, completedAt)) return 'office';
  if (NOBODY.has(status)) return 'nobody';
  return 'office';
}

/** The result was made ready after the appointment: a later day, or a later time of a day both name a time of. */
function readyLate(dueAt: string | undefined, completedAt: string | undefined): boolean {
  if (!dueAt || !completedAt) return false;
  try {
    const due = parseVietnamTime(dueAt);
    const ready = parseVietnamTime(completedAt);
    if (ready.day !== due.day) return ready.day > due.day;
    return ready.instant !== undefined && due.instant !== undefined && ready.instant > due.instant;
  } catch {
    return false;
  }
}

/**
 * The level of a dossier: `waiting` or `closed` when the clock is not the office's, else its return date's level;
 * null when the office holds it but no due date could be read. Throws a RangeError for a due date it cannot read.
 */
export function dossierLevel(
  { dueAt, completedAt, status }: ResultDates & { status: DossierStatus },
  now: Instant,
  calendar: Pick<WorkingCalendar, 'workingDaysBetween'>,
  thresholds?: DeadlineThresholds,
): DeadlineStatus | null {
  const owner = clockOwner(status, { dueAt, completedAt });
  if (owner === 'citizen') return { level: 'waiting', workingDays: 0 };
  if (owner === 'nobody') return { level: 'closed', workingDays: 0 };
  return dueAt ? deadlineLevel(dueAt, now, calendar, thresholds) : null;
}
