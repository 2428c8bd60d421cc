import { type EpochDay, formatIsoDay, parseIsoDay } from './iso-day';

/** Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset is exact and needs no time-zone data. */
export const VIETNAM_UTC_OFFSET_HOURS = 7;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = VIETNAM_UTC_OFFSET_HOURS * 3_600_000;

/** What `now`, `receivedAt` and similar accept: a Date, epoch milliseconds or an ISO string. */
export type Instant = Date | number | string;

/** A moment read in Vietnam: its calendar day and, when the input carried a time, the exact instant. */
export interface VietnamTime {
  day: EpochDay;
  /** Epoch milliseconds; undefined for a bare `YYYY-MM-DD`, which names a whole day. */
  instant?: number;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads `YYYY-MM-DD` or an ISO date-time. A date-time without offset is taken as Vietnam wall time (that is what
 * portals print); `Date.parse` would read it in the computer's zone instead.
 */
export function parseVietnamTime(text: string): VietnamTime {
  const match = ISO_DATE_TIME.exec(text.trim());
  if (!match) return { day: parseIsoDay(text.trim()) };
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const day = parseIsoDay(`${y}-${mo}-${d}`);
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = Number(s ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59) throw new RangeError(`Not a time of day: ${JSON.stringify(text)}`);
  const ms = Math.floor(Number(`0.${fraction ?? 0}`) * 1000);
  const wallMs = day * DAY_MS + ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
  return toVietnamTime(wallMs - zoneOffsetMinutes(zone) * MINUTE_MS);
}

function zoneOffsetMinutes(zone: string | undefined): number {
  if (zone === undefined) return VIETNAM_UTC_OFFSET_HOURS * 60;
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

function toVietnamTime(instant: number): VietnamTime {
  return { day: Math.floor((instant + VIETNAM_OFFSET_MS) / DAY_MS), instant };
}

/** Any accepted instant as epoch milliseconds; a bare `YYYY-MM-DD` is midnight at its start in Vietnam. */
export function toInstant(input: Instant): number {
  if (typeof input === 'number') return checkedInstant(input, input);
  if (input instanceof Date) return checkedInstant(input.getTime(), input);
  const read = parseVietnamTime(input);
  return read.instant ?? read.day * DAY_MS - VIETNAM_OFFSET_MS;
}

function checkedInstant(ms: number, input: Instant): number {
  if (!Number.isFinite(ms)) throw new RangeError(`Not an instant: ${String(input)}`);
  return ms;
}

/** The Vietnam calendar day of an instant, as an epoch day. */
export const vietnamEpochDay = (instant: Instant): EpochDay => toVietnamTime(toInstant(instant)).day;

/** Today's date in Vietnam as `YYYY-MM-DD`, whatever the computer's time zone. */
export const vietnamToday = (now: Instant = Date.now()): string => formatIsoDay(vietnamEpochDay(now));

/** Minutes since Vietnam midnight of an instant (0–1439). */
export function vietnamMinuteOfDay(instant: Instant): number {
  const ms = toInstant(instant) + VIETNAM_OFFSET_MS;
  return Math.floor((ms - Math.floor(ms / DAY_MS) * DAY_MS) / MINUTE_MS);
}
