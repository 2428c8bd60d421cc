import type { DeadlineLevel } from '@/utils/deadline';

/** An icon per level, so the level never depends on colour alone. */
export const LEVEL_ICON: Record<DeadlineLevel, string> = {
  ok: '✓',
  soon: '⚠',
  'due-today': '⏰',
  overdue: '⛔',
};
