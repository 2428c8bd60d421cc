import { daysInMonth } from '../deadline/iso-day';

/** What an officer typed in a date field: a day (`YYYY-MM-DD`), nothing, or why it is not a day, in Vietnamese. */
export type DateInput = { day: string } | { empty: true } | { error: string };

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a date typed as Vietnamese officers write it, day first: `31/12/2026`, `1/2/2026`, `31-12-2026`,
 * `31.12.2026`; a pasted `2026-12-31` too. Whatever the browser's language, the day never comes second.
 */
export function readDateInput(text: string): DateInput {
  const clean = text.trim();
  if (clean === '') return { empty: true };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(clean);
  const vn = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d+)$/.exec(clean);
  const parts = iso ? [iso[3], iso[2], iso[1]] : vn ? [vn[1], vn[2], vn[3]] : undefined;
  if (!parts) return { error: 'Ngày viết theo dạng ngày/tháng/năm, ví dụ 31/12/2026.' };
  const [day, month, year] = parts.map(Number) as [number, number, number];
  if ((parts[2] ?? '').length !== 4) return { error: 'Năm cần đủ 4 chữ số, ví dụ 31/12/2026.' };
  if (month < 1 || month > 12) return { error: `Không có tháng ${month}: tháng từ 1 đến 12.` };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return { error: `Không có ngày ${pad2(day)}/${pad2(month)}/${year}: tháng ${month} năm ${year} có ${last} ngày.` };
  }
  return { day: `${year}-${pad2(month)}-${pad2(day)}` };
}

/** `2026-12-31` → `31/12/2026`, as the field shows it; anything else as it is. */
export function dateInputText(day: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (day ?? '');
}
