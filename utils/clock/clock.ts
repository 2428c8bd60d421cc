import { vietnamEpochDay } from '../deadline/vietnam-time';

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD`, or undefined when it is not a real day. */
function epochDayOf(day: string): number | undefined {
  const match = ISO_DAY.exec(day);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().startsWith(day) ? ms / DAY_MS : undefined;
}

/** A "today" override is a real `YYYY-MM-DD`; anything else means the real clock. */
export const isTodayOverride = (value: unknown): value is string =>
  typeof value === 'string' && epochDayOf(value) !== undefined;

/**
 * The time it is for the product: the real time, or, with a "today" override (demo, tests), that day in Vietnam at
 * the real time of day. Every date rule reads the time through this, so a test or a demo can stand on any day.
 */
export function shiftedNow(realNow: number, today: string | null): number {
  const target = today === null ? undefined : epochDayOf(today);
  if (target === undefined) return realNow;
  return realNow + (target - vietnamEpochDay(realNow)) * DAY_MS;
}

let today: string | null = null;

/** Sets the override for this page or worker (null: the real clock). */
export function setTodayOverride(day: string | null): void {
  today = isTodayOverride(day) ? day : null;
}

/** Milliseconds since the epoch, as the product's clock says. */
export const now = (): number => shiftedNow(Date.now(), today);
