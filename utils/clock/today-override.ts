import { storage } from '#imports';
import { isTodayOverride, setTodayOverride } from './clock';

/**
 * A "today" for demos and tests (`YYYY-MM-DD`), never set by the product's own pages. Holds no citizen data.
 * Absent, as on every officer's browser, the clock is the real one.
 */
export const todayOverride = storage.defineItem<string | null>('local:todayOverride', { fallback: null });

/** Loads the override for this page or worker and follows its changes; returns the unwatch. */
export async function startClock(): Promise<() => void> {
  const apply = (value: unknown) => setTodayOverride(isTodayOverride(value) ? value : null);
  apply(await todayOverride.getValue().catch(() => null));
  return todayOverride.watch(apply);
}
