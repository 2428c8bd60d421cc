import type { DeadlineLevel } from '@/utils/deadline';

/** An icon per level, so the level never depends on colour alone; plain symbols every office font has. */
export const LEVEL_ICON: Record<DeadlineLevel, string> = {
  ok: '✓',
  soon: '⚠',
  'due-today': '●',
  overdue: '✖',
  waiting: '○',
  closed: '✓',
};
