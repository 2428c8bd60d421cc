/** How close a dossier is to its return date, in working days, as the sidebar badge and list rows show it. */
import type { WorkingCalendar } from './calendar';
import { formatIsoDay } from './iso-day';
import { type Instant, parseVietnamTime, toInstant, vietnamEpochDay } from './vietnam-time';

/** The levels of a return date while the office's clock runs. */
export type RunningLevel = 'ok' | 'soon' | 'due-today' | 'overdue';

/**
 * DESIGN.md's levels: the running ones, and those of a dossier whose clock is not the office's: `waiting` (the
 * citizen's turn: supplementing, paused) and `closed` (result ready by the appointment, returned, refused, withdrawn).
 * A dossier without a due date has no level (null), shown as `unknown`.
 */
export type DeadlineLevel = RunningLevel | 'waiting' | 'closed';

export interface DeadlineThresholds {
  /** "soon" when at most this many working days remain (a team-lead setting; portals use 1–3). */
  soonWorkingDays: number;
}

export interface DeadlineStatus {
  level: DeadlineLevel;
  /** Working days left (ok, soon), 0 when due today, working days late (overdue, at least 1); 0 when stopped. */
  workingDays: number;
}

/** What `deadlineLevel` gives: the clock is running. */
export interface RunningStatus extends DeadlineStatus {
  level: RunningLevel;
}

export const DEFAULT_THRESHOLDS: Readonly<DeadlineThresholds> = { soonWorkingDays: 2 };

/** Short names of the levels, for legends and settings. */
export const LEVEL_NAMES: Readonly<Record<DeadlineLevel, string>> = {
  ok: 'Còn hạn',
  soon: 'Sắp đến hạn',
  'due-today': 'Hạn trả hôm nay',
  overdue: 'Quá hạn',
  waiting: 'Chờ công dân',
  closed: 'Đã có kết quả hoặc đã kết thúc',
};

/** An icon per level, so the level never depends on colour alone; plain symbols every office font has. */
export const LEVEL_ICONS: Readonly<Record<DeadlineLevel, string>> = {
  ok: '✓',
  soon: '⚠',
  'due-today': '●',
  overdue: '✖',
  waiting: '○',
  closed: '✓',
};

/** The levels that call for the officer's attention (the toolbar badge, "Cần xử lý gấp"). */
export const isUrgent = (status: DeadlineStatus | null): boolean =>
  status !== null && (status.level === 'soon' || status.level === 'due-today' || status.level === 'overdue');

/**
 * The level of a return date `dueAt` (`YYYY-MM-DD`, due by the end of that day, or an ISO date-time) at `now`,
 * reckoned in Vietnam time. Throws a RangeError for a date it cannot read.
 */
export function deadlineLevel(
  dueAt: string,
  now: Instant,
  calendar: Pick<WorkingCalendar, 'workingDaysBetween'>,
  thresholds: DeadlineThresholds = DEFAULT_THRESHOLDS,
): RunningStatus {
  const due = parseVietnamTime(dueAt);
  const nowInstant = toInstant(now);
  const today = vietnamEpochDay(nowInstant);
  if (due.day === today) {
    // Past the due time the dossier is late already; like any late dossier it is in its first late day.
    const passed = due.instant !== undefined && nowInstant >= due.instant;
    return passed ? { level: 'overdue', workingDays: 1 } : { level: 'due-today', workingDays: 0 };
  }
  const dueDay = due.instant === undefined ? dueAt.trim() : formatIsoDay(due.day);
  const todayDay = formatIsoDay(today);
  if (due.day < today) {
    // Counted from the first late day, so a dossier late only since a weekend still reads "1 day late".
    const late = calendar.workingDaysBetween(dueDay, todayDay);
    return { level: 'overdue', workingDays: Math.max(1, late) };
  }
  const left = calendar.workingDaysBetween(todayDay, dueDay);
  // Due on a day off with no working day left before it: it is effectively due now.
  if (left === 0) return { level: 'due-today', workingDays: 0 };
  return { level: left <= thresholds.soonWorkingDays ? 'soon' : 'ok', workingDays: left };
}

/** The badge text: "Còn 2 ngày làm việc", "Hạn trả hôm nay", "Quá hạn 3 ngày làm việc", "Chờ công dân". */
export function describeLevel({ level, workingDays }: DeadlineStatus): string {
  switch (level) {
    case 'ok':
    case 'soon':
      return `Còn ${workingDays} ngày làm việc`;
    case 'overdue':
      return `Quá hạn ${workingDays} ngày làm việc`;
    case 'due-today':
    case 'waiting':
    case 'closed':
      return LEVEL_NAMES[level];
  }
}
