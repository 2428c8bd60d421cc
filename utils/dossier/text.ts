/** Vietnamese text normalisation: portals mix NFC and NFD, spacing and casing freely. */

// Plain ASCII (codes, dates, phone numbers) needs no Unicode work: skipping it keeps big list pages fast.
const ASCII = /^[\t\n\r\x20-\x7e]*$/;

export const MAX_VALUE_LENGTH = 500;

export const nfc = (s: string): string => (ASCII.test(s) ? s : s.normalize('NFC'));

/** Collapses all whitespace (nbsp included), drops zero-width characters, trims and caps the length; NFC. */
export function cleanValue(s: string, maxLength = MAX_VALUE_LENGTH): string {
  const clean = ASCII.test(s)
    ? s.replace(/\s+/g, ' ').trim()
    : nfc(s)
        .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
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
  // Required-field marks: "(*)" or a bare "*".
  const lowered = stripDiacritics(s)
    .toLowerCase()
    .replace(/\(\s*\*\s*\)|\*/g, ' ');
  return (
    // Everything but letters, digits, commas and slashes ("Họ, chữ đệm, tên", "CMND/CCCD") is spacing. Most labels
    // are ASCII once stripped, and the Unicode classes cost a page's first reading a pattern compile.
    (ASCII.test(lowered) ? lowered.replace(/[^a-z0-9/,]+/g, ' ') : lowered.replace(/[^\p{L}\p{N}/,]+/gu, ' '))
      .replace(/\s*,\s*/g, ', ')
      // "Tên tổ chức / cá nhân" is "Tên tổ chức/cá nhân".
      .replace(/\s*\/\s*/g, '/')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\s,/]+$/, '')
  );
}

/**
 * Matches any of `phrases` as whole words inside normalised text. Normalised phrases hold only letters, digits,
 * spaces, commas and slashes, so they need no escaping.
 */
export function phrasePattern(phrases: readonly string[]): RegExp {
  return new RegExp(`(?:^|\\s)(?:${phrases.map(normaliseLabel).join('|')})(?=\\s|,|$)`);
}
