import { browser } from '#imports';
import { settingsFromStorage } from '../settings/managed';
import type { Settings } from '../settings/schema';

/** The storage.local keys a portal page needs before it can show anything: read in one call, at document start. */
const KEYS = ['settings', 'settings$', 'managedPolicyCache', 'ui.sidebarCollapsed', 'todayOverride'];

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

export async function readStartValues(): Promise<StartValues> {
  let raw: Record<string, unknown> = {};
  try {
    raw = await browser.storage.local.get(KEYS);
  } catch {
    // Storage unavailable (the extension reloading): defaults, and the watchers bring the real values later.
  }
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
