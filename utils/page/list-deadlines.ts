import type { DeadlineStatus } from '../deadline';
import type { ListRow } from '../dossier/types';
import { deadlineUnder } from '../settings/deadline-settings';
import type { Settings } from '../settings/schema';

export interface RowWithDeadline extends ListRow {
  deadline: DeadlineStatus | null;
}

/** Each list row with its deadline level at `now`. */
export function withDeadlines(rows: readonly ListRow[], now: number, settings: Settings): RowWithDeadline[] {
  return rows.map((row) => ({ ...row, deadline: deadlineUnder(row.summary, now, settings.deadline) }));
}

const URGENCY = { overdue: 0, 'due-today': 1, soon: 2, ok: 3, waiting: 4, closed: 5 } as const;

/** Most urgent first: overdue by most days, then due today, then soon by fewest days left. */
export function byUrgency(a: RowWithDeadline, b: RowWithDeadline): number {
  if (!a.deadline || !b.deadline) return a.deadline ? -1 : b.deadline ? 1 : 0;
  const levels = URGENCY[a.deadline.level] - URGENCY[b.deadline.level];
  if (levels !== 0) return levels;
  return a.deadline.level === 'overdue'
    ? b.deadline.workingDays - a.deadline.workingDays
    : a.deadline.workingDays - b.deadline.workingDays;
}
