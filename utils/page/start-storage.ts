import { browser } from '#imports';

/** The storage.local keys a portal page needs before it can show anything. */
const KEYS = ['settings', 'settings$', 'managedPolicyCache', 'ui.sidebarCollapsed', 'todayOverride'];

/**
 * One storage call, made at document start while the page loads (it costs the page nothing: the answer comes back
 * through the browser). Raw values: they are checked after load, by code that is not evaluated before then.
 */
export async function readStoredStart(): Promise<Record<string, unknown>> {
  try {
    return await browser.storage.local.get(KEYS);
  } catch {
    // Storage unavailable (the extension reloading): defaults, and the watchers bring the real values later.
    return {};
  }
}
