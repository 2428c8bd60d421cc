/** Vietnamese text normalisation: portals mix NFC and NFD, spacing and casing freely. */

export const nfc = (s: string): string => s.normalize('NFC');

/** Collapses all whitespace (incl. nbsp and zero-width) and trims; NFC. */
export function cleanValue(s: string, maxLength = 500): string {
  const clean = nfc(s)
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}…` : clean;
}

/** Removes diacritics, đ/Đ included, for comparisons only (never for display). */
export function stripDiacritics(s: string): string {
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
