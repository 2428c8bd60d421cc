import { settingsFromStorage } from '../settings/managed';
import type { Settings } from '../settings/schema';

export interface StartValues {
  settings: Settings;
  collapsed: boolean;
  /** The stored collapsed state was of another shape: it is written back as a boolean. */
  collapsedBroken: boolean;
  /** The product clock's "today" override (demo, tests), as stored. */
  today: unknown;
  /** What had to be put right, for the sidebar's notice. */
  problems: string[];
}

/** What a portal page needs to start, from the values the start script read (start-storage.ts) (any shape: it is checked here). */
export function startValuesFrom(raw: Record<string, unknown>): StartValues {
  const { value: settings, problems } = settingsFromStorage(raw);
  const collapsed = raw['ui.sidebarCollapsed'];
  const collapsedOk = collapsed === undefined || collapsed === null || typeof collapsed === 'boolean';
  return {
    settings,
    collapsed: collapsed === true,
    collapsedBroken: !collapsedOk,
    today: raw.todayOverride,
    problems: collapsedOk
      ? problems
      : [...problems, 'Trạng thái thu gọn của thanh bên đã lưu bị hỏng nên được đặt lại (đang mở).'],
  };
}
