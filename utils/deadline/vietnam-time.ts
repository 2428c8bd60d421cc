/** Instants read in Vietnam time. */
import { type EpochDay, formatIsoDay, readDigits, readIsoDay } from './iso-day';

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

/**
 * Reads `YYYY-MM-DD` or an ISO date-time. A date-time without offset is taken as Vietnam wall time (that is what
 * portals print); `Date.parse` would read it in the computer's zone instead.
 */
export function parseVietnamTime(text: string): VietnamTime {
  const trimmed = text.trim();
  const day = readIsoDay(trimmed.slice(0, 10));
  if (trimmed.length === 10 && day !== undefined) return { day };
  const time = readTimeOfDay(trimmed.slice(10));
  if (day === undefined || !time) throw new RangeError(`Not an ISO date or date-time: ${JSON.stringify(text)}`);
  return toVietnamTime(day * DAY_MS + time.ms - time.offsetMinutes * MINUTE_MS);
}

/**
 * `[T ]HH:MM[:SS[.fraction]][Z|±HH[[:]MM]]`, the rest of an ISO date-time after the day, as milliseconds since
 * midnight and the UTC offset in minutes. Parsed by hand because list pages read one per row.
 */
function readTimeOfDay(text: string): { ms: number; offsetMinutes: number } | undefined {
  const separator = text[0];
  if ((separator !== 'T' && separator !== 't' && separator !== ' ') || text[3] !== ':') return undefined;
  const hours = readDigits(text, 1, 3);
  const minutes = readDigits(text, 4, 6);
  let seconds = 0;
  let fractionMs = 0;
  let at = 6;
  if (text[at] === ':') {
    seconds = readDigits(text, 7, 9);
    at = 9;
    if (text[at] === '.') {
      let end = at + 1;
      while (end - at <= 9 && readDigits(text, end, end + 1) >= 0) end += 1;
      const digits = end - at - 1;
      if (digits === 0) return undefined;
      fractionMs = Math.floor((readDigits(text, at + 1, end) * 1000) / 10 ** digits);
      at = end;
    }
  }
  const offsetMinutes = readOffsetMinutes(text.slice(at));
  const valid = hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59 && seconds >= 0 && seconds <= 59;
  if (!valid || offsetMinutes === undefined) return undefined;
  return { ms: ((hours * 60 + minutes) * 60 + seconds) * 1000 + fractionMs, offsetMinutes };
}

function readOffsetMinutes(zone: string): number | undefined {
  if (zone === '') return VIETNAM_UTC_OFFSET_HOURS * 60;
  if (zone === 'Z' || zone === 'z') return 0;
  const sign = zone[0] === '+' ? 1 : zone[0] === '-' ? -1 : 0;
  const hours = readDigits(zone, 1, 3);
  const minutesAt = zone[3] === ':' ? 4 : 3;
  let minutes = -1;
  if (zone.length === 3) minutes = 0;
  else if (zone.length === minutesAt + 2) minutes = readDigits(zone, minutesAt, minutesAt + 2);
  if (sign === 0 || hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
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
