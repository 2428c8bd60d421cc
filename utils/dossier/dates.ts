import { nfc, stripDiacritics } from './text';

const pad = (n: number) => String(n).padStart(2, '0');

function isValidDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const NUMERIC = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;
const WORDS = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/i;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
// "15:30", "15h30", "8 giờ", "15 giờ 30 phút", "03:30 CH" (SA/CH: sáng/chiều, as some Vietnamese locales print).
const TIME = /(?<!\d)([01]?\d|2[0-3])\s*(?:[:h]|gio)\s*([0-5]\d)?(?:\s*(?:phut|p))?(?:\s*(sa|ch|am|pm)\b)?(?![\d/.-])/i;

/**
 * Parses a date as Vietnamese portals write it into ISO in Vietnam time: `YYYY-MM-DD`, or
 * `YYYY-MM-DDTHH:mm:00+07:00` when a time is shown. Undefined for anything that is not a real date.
 * Pure string work: the computer's time zone never matters.
 */
export function parseVietnameseDate(input: string | undefined | null): string | undefined {
  if (!input) return undefined;
  const text = stripDiacritics(nfc(input.slice(0, 200)));
  const match = NUMERIC.exec(text) ?? WORDS.exec(text);
  let y: number;
  let m: number;
  let d: number;
  let rest: string;
  if (match) {
    d = Number(match[1]);
    m = Number(match[2]);
    y = Number(match[3]);
    rest = text.replace(match[0], ' ');
  } else {
    const iso = ISO.exec(text);
    if (!iso) return undefined;
    y = Number(iso[1]);
    m = Number(iso[2]);
    d = Number(iso[3]);
    rest = text.replace(iso[0], ' ');
  }
  if (!isValidDay(y, m, d)) return undefined;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  const time = TIME.exec(rest);
  if (!time) return day;
  let hour = Number(time[1]);
  const half = time[3]?.toLowerCase();
  if (half && hour <= 12) hour = (hour % 12) + (half === 'ch' || half === 'pm' ? 12 : 0);
  return `${day}T${pad(hour)}:${time[2] ?? '00'}:00+07:00`;
}
