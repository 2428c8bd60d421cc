/**
 * A token bucket per tab: `capacity` actions at once, then one more every `refillMs`. A page that changes its
 * dossier every 100 ms cannot fill the register; an officer opening dossiers one after another never notices.
 */
export function createRateLimit(capacity: number, refillMs: number) {
  const buckets = new Map<number, { tokens: number; at: number }>();
  return {
    /** True when the tab may act now (and the action is counted). */
    take(tabId: number, now: number): boolean {
      const bucket = buckets.get(tabId) ?? { tokens: capacity, at: now };
      const refilled = Math.min(capacity, bucket.tokens + Math.max(0, now - bucket.at) / refillMs);
      const allowed = refilled >= 1;
      buckets.set(tabId, { tokens: allowed ? refilled - 1 : refilled, at: now });
      return allowed;
    },
    /** A closed tab's bucket goes with it. */
    forget(tabId: number) {
      buckets.delete(tabId);
    },
  };
}
