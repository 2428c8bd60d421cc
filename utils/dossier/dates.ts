import { memoise } from './memo';
import { nfc, stripDiacritics } from './text';

const pad = (n: number) => String(n).padStart(2, '0');

function isValidDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const NUMERIC = String.raw`(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)`;
const WORDS = String.raw`ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})`;
// ISO as APIs print it: a day, maybe a time, maybe an offset ("+07:00", "+0700", "Z").
const ISO = String.raw`(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?![\d/])`;
const ANY_DATE = new RegExp(`${NUMERIC}|${WORDS}|${ISO}`, 'gi');
// "15:30", "15h30", "16g30", "8 giờ", "15 giờ 30 phút", "03:30 CH", "4 giờ chiều" (SA/CH: sáng/chiều, as some
// Vietnamese locales print), "04:30:00 PM" (PHP's date('h:i:s A'): seconds between the minutes and the
// half of the day; the "p" of "phút" is a word of its own, never the start of "PM").
const TIME =
  /(?<!\d)([01]?\d|2[0-3])\s*(?:gio|[:hg])\s*([0-5]\d)?(?::[0-5]\d)?(?:\s*(?:phut|p)\b)?(?:\s*(sang|sa|chieu|ch|am|pm)\b)?(?![\d/.-])/gi;
// A countdown beside the date is no time of day: "(Còn 2 giờ làm việc)", "Quá hạn 1 ngày 4 giờ", "- Còn 6 giờ".
const COUNTDOWN_BEFORE = /(?:\b(?:con|qua(?:\s+han)?|tre(?:\s+han)?|cham(?:\s+han)?|trong)|\d\s*ngay)\s*$/i;
const COUNTDOWN_AFTER = /^\s*(?:[0-5]?\d\s*phut\s*)?lam viec/i;
// A half-day window ("Từ 13:30 đến 16:00", "13:30 tới 16:00", "13:30 - 16:00"): the appointment lasts until its end.
const WINDOW_TO = /^\s*(?:-|–|den|toi)\s*(?=\d)/i;

const VIETNAM_OFFSET_MIN = 7 * 60;

/** The first time of day in `text` that is not part of a countdown. */
function clockTime(text: string): RegExpExecArray | null {
  TIME.lastIndex = 0;
  for (let time = TIME.exec(text); time; time = TIME.exec(text)) {
    const end = time.index + time[0].length;
    const countdown =
      COUNTDOWN_BEFORE.test(text.slice(Math.max(0, time.index - 16), time.index)) ||
      COUNTDOWN_AFTER.test(text.slice(end, end + 24));
    if (!countdown) return time;
  }
  return null;
}

/** The time written near a date, the end of a window when there is one. */
function timeIn(rest: string): string | undefined {
  const first = clockTime(rest);
  if (!first) return undefined;
  const after = rest.slice(first.index + first[0].length);
  const to = WINDOW_TO.exec(after);
  const time = (to && clockTime(after.slice(to[0].length))) || first;
  let hour = Number(time[1]);
  const half = time[3]?.toLowerCase();
  const afternoon = half === 'ch' || half === 'chieu' || half === 'pm';
  if (half && hour <= 12) hour = (hour % 12) + (afternoon ? 12 : 0);
  return `${pad(hour)}:${time[2] ?? '00'}`;
}

/** An ISO date-time with an offset, moved to Vietnam time (pure arithmetic: the computer's zone never matters). */
function toVietnamTime(y: number, m: number, d: number, hh: number, mm: number, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.replace(/\D/g, '');
  const offsetMin =
    offset.toUpperCase() === 'Z' ? 0 : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  const shifted = new Date(Date.UTC(y, m - 1, d, hh, mm) + (VIETNAM_OFFSET_MIN - offsetMin) * 60_000);
  const day = `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
  return `${day}T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:00+07:00`;
}

/** One date match (from ANY_DATE) and the text around it that may hold its time. */
function fromMatch(match: RegExpMatchArray, rest: string): string | undefined {
  const [d1, m1, y1, d2, m2, y2, yi, mi, di, hh, mm, offset] = match.slice(1);
  if (yi !== undefined) {
    const [y, m, d] = [Number(yi), Number(mi), Number(di)];
    if (!isValidDay(y, m, d)) return undefined;
    if (hh === undefined || mm === undefined || Number(hh) > 23 || Number(mm) > 59) return `${yi}-${mi}-${di}`;
    if (offset) return toVietnamTime(y, m, d, Number(hh), Number(mm), offset);
    return `${yi}-${mi}-${di}T${hh}:${mm}:00+07:00`;
  }
  const d = Number(d1 ?? d2);
  const m = Number(m1 ?? m2);
  const y = Number(y1 ?? y2);
  if (!isValidDay(y, m, d)) return undefined;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  const time = timeIn(rest);
  return time ? `${day}T${time}:00+07:00` : day;
}

const MAX_INPUT = 200;

/**
 * Parses a date as Vietnamese portals write it into ISO in Vietnam time: `YYYY-MM-DD`, or
 * `YYYY-MM-DDTHH:mm:00+07:00` when a time is shown. Day-first dates (`30/11/2026`, `30-11-2026`, `ngày 30 tháng 11
 * năm 2026`) with a time before or after, the end of a half-day window, and ISO (offsets converted to Vietnam time).
 * Undefined for anything that is not a real date, such as a step's remaining time ("Còn 6 giờ làm việc").
 * Pure string work: the computer's time zone never matters.
 */
export function parseVietnameseDate(input: string | undefined | null): string | undefined {
  return input ? parseDate(input) : undefined;
}

// A list repeats its due dates and times ("30/11/2026 16:30:00") down its rows: each is parsed once.
const parseDate = memoise((input: string): string | undefined => {
  const text = stripDiacritics(nfc(input.slice(0, MAX_INPUT)));
  ANY_DATE.lastIndex = 0;
  for (let match = ANY_DATE.exec(text); match; match = ANY_DATE.exec(text)) {
    const parsed = fromMatch(
      match,
      text.slice(0, match.index) + ' '.repeat(match[0].length) + text.slice(ANY_DATE.lastIndex),
    );
    if (parsed) return parsed;
  }
  return undefined;
}, 2_000);

/**
 * Every date a text shows, in order (a list cell with "submitted <br> received <br> due"). Each date keeps the time
 * written between it and the next date.
 */
export function parseVietnameseDates(input: string | undefined | null): string[] {
  if (!input) return [];
  const text = stripDiacritics(nfc(input.slice(0, MAX_INPUT * 3)));
  // matchAll starts where the shared expression's last exec stopped.
  ANY_DATE.lastIndex = 0;
  const matches = Array.from(text.matchAll(ANY_DATE));
  return matches.flatMap((match, i) => {
    const start = match.index ?? 0;
    const end = matches[i + 1]?.index ?? text.length;
    const after = text.slice(start + match[0].length, end);
    const parsed = fromMatch(match, i === 0 ? text.slice(0, start) + after : after);
    return parsed ? [parsed] : [];
  });
}
