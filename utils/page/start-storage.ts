/** The storage.local keys a portal page needs before it can show anything. */
export const START_KEYS = ['settings', 'settings$', 'managedPolicyCache', 'ui.sidebarCollapsed', 'todayOverride'];

/** storage.local.get, from whichever API the caller has (the start script has no browser-API wrapper). */
export type StorageGet = (keys: string[]) => Promise<Record<string, unknown>>;

/**
 * Where the start script leaves its storage read for the content script: a global of the extension's isolated
 * world, shared by our scripts in a page and out of the page's own reach.
 */
const HANDOFF = 'mcttStartValues';

type Scope = Record<string, unknown>;

const readOrEmpty = (get: StorageGet): Promise<Record<string, unknown>> =>
  // Storage unavailable (the extension reloading): defaults, and the watchers bring the real values later.
  get(START_KEYS).catch(() => ({}));

/**
 * The start script reads storage as it asks for the content script: the answer is here before the script is, so
 * the first frame does not wait for it. Raw values: the content script checks them.
 */
export function readStartValuesAhead(get: StorageGet, scope: object = globalThis): void {
  (scope as Scope)[HANDOFF] = readOrEmpty(get);
}

/** The content script: the start script's read, or a read of its own (a page that started before an update). */
export function takeStartValues(get: StorageGet, scope: object = globalThis): Promise<Record<string, unknown>> {
  const ahead = (scope as Scope)[HANDOFF];
  delete (scope as Scope)[HANDOFF];
  return ahead instanceof Promise ? (ahead as Promise<Record<string, unknown>>) : readOrEmpty(get);
}
