import { beforeEach } from 'vitest';

/**
 * `MCTT_TODAY=YYYY-MM-DD npx vitest run` runs the unit suite as if it were that day, as faketime would: `Date` is
 * shifted to start there (10:00 in Vietnam) and moves on in real time, so elapsed-time checks still hold. The way to
 * check that no test depends on the day it runs. Without the variable, the real clock.
 */
const day = process.env.MCTT_TODAY;
if (day) {
  // A bare day starts at 10:00 in Vietnam; a full ISO time (2026-12-31T23:50:00+07:00) tries the edges of a day.
  const RealDate = Date;
  const start = new RealDate(/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T10:00:00+07:00` : day).getTime();
  if (Number.isNaN(start)) throw new Error(`MCTT_TODAY is neither YYYY-MM-DD nor an ISO time: ${day}`);
  const offset = start - RealDate.now();
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
