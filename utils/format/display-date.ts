const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;

/** `2026-11-25` → `25/11/2026`; `2026-11-25T15:30:00+07:00` → `15:30 25/11/2026` (already Vietnam time). */
export function displayDate(iso: string | undefined): string {
  if (!iso) return '';
  const m = ISO.exec(iso);
  if (!m) return iso;
  const day = `${m[3]}/${m[2]}/${m[1]}`;
  return m[4] ? `${m[4]}:${m[5]} ${day}` : day;
}

/** The `YYYY-MM-DD` part, for date inputs. */
export const isoDay = (iso: string | undefined): string => (iso ? iso.slice(0, 10) : '');

/** The day alone, `25/11/2026`, for text that says "ngày …": a time there would read "ngày 16:30 30/11/2026". */
export function displayDay(iso: string | undefined): string {
  if (!iso) return '';
  const m = ISO.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
