import { describe, expect, it } from 'vitest';
import { createRateLimit } from './rate-limit';

describe('createRateLimit', () => {
  it('lets a burst through, then one per interval, per tab', () => {
    const limit = createRateLimit(3, 1000);
    const at0 = [1, 2, 3, 4].map(() => limit.take(1, 0));
    expect(at0).toEqual([true, true, true, false]);
    expect(limit.take(2, 0)).toBe(true);
    expect(limit.take(1, 999)).toBe(false);
    expect(limit.take(1, 1000)).toBe(true);
    expect(limit.take(1, 1001)).toBe(false);
  });

  it('a page cycling dossiers every 100 ms for a minute records a handful at most', () => {
    const limit = createRateLimit(10, 6000);
    let allowed = 0;
    for (let t = 0; t < 60_000; t += 100) if (limit.take(7, t)) allowed += 1;
    expect(allowed).toBeLessThanOrEqual(20);
  });
});
