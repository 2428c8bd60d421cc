import { beforeEach } from 'vitest';
import { isTodayOverride, shiftedNow } from '../../utils/clock/clock';

/**
 * `TODAY=YYYY-MM-DD npx vitest run` runs the unit suite on that day, as `TODAY=… npm run demo` runs the extension
 * and each e2e project runs on its day: "today" means what the product's clock seam says (utils/clock: that day in
 * Vietnam, at the real time of day). A full ISO time (`2027-02-05T23:55:00+07:00`) stands on one instant instead,
 * to try the edges of a day. The way to check that no test depends on the day it runs. Without it, the real clock.
 *
 * Unlike a page, a unit test may read `Date` as well as `now()`, so `Date` itself is shifted, as faketime would; it
 * moves on in real time, so elapsed-time checks still hold, and a test that fixes the clock (vi.setSystemTime, or
 * tests/unit/days.ts) still wins. The page's override (setTodayOverride) stays unset: `now()` follows `Date`.
 */
const day = process.env.TODAY;
if (day) {
  const RealDate = Date;
  const realNow = RealDate.now();
  const start = isTodayOverride(day) ? shiftedNow(realNow, day) : new RealDate(day).getTime();
  if (Number.isNaN(start)) throw new Error(`TODAY is neither YYYY-MM-DD nor an ISO time: ${day}`);
  const offset = start - realNow;
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string]));
    }
    static override now() {
      return RealDate.now() + offset;
    }
  }
  const shifted = ShiftedDate as DateConstructor;
  globalThis.Date = shifted;
  // Again before each test: a suite that used fake timers went back to the real Date, not to this one.
  beforeEach(() => {
    if (globalThis.Date === RealDate) globalThis.Date = shifted;
  });
}
