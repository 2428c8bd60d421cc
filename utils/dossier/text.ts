/** Vietnamese text normalisation: portals mix NFC and NFD, spacing and casing freely. */

// Plain ASCII (codes, dates, phone numbers) needs no Unicode work: skipping it keeps big list pages fast.
const ASCII = /^[\t\n\r\x20-\x7e]*$/;

export const nfc = (s: string): string => (ASCII.test(s) ? s : s.normalize('NFC'));

/** Collapses all whitespace (incl. nbsp and zero-width) and trims; NFC. */
export function cleanValue(s: string, maxLength = 500): string {
  if (ASCII.test(s)) {
    const trimmed = s.replace(/\s+/g, ' ').trim();
    if (trimmed.length <= maxLength) return trimmed;
  }
  const clean = nfc(s)
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}…` : clean;
}

/** Removes diacritics, đ/Đ included, for comparisons only (never for display). */
export function stripDiacritics(s: string): string {
  if (ASCII.test(s)) return s;
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** A comparable key for a label: "  Ngày hẹn  TRẢ (*): " → "ngay hen tra". */
export function normaliseLabel(s: string): string {
  return stripDiacritics(s)
    .toLowerCase()
    .replace(/\(\s*\*\s*\)|\*/g, ' ')
    .replace(/[:：.\-–—]+\s*$/g, '')
    .replace(/[^\p{L}\p{N}/,]+/gu, ' ')
    .replace(/\s*,\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,/]$/, '')
    .trim();
}
