/**
 * Dossier codes: the national shape `000.17.22.H56-210531-0001` (unit id, receipt date, daily serial), and the
 * looser shapes some systems use (`H56.22-261120-0003`, `HS-2026-000123`). Tolerant on purpose.
 */
const SHAPES = String.raw`\b(?:[A-Z0-9]{1,6}\.){1,4}[A-Z0-9]{2,6}-\d{6}-\d{3,6}\b|\b[A-Z]{1,4}[A-Z0-9.]*-\d{4,8}-\d{3,6}\b`;
const ANYWHERE = new RegExp(SHAPES, 'g');
const WHOLE = new RegExp(`^(?:${SHAPES})$`);

// A code is near the top of any real page; scanning further would only cost time on huge ones.
const MAX_SCAN = 300_000;

/**
 * The one dossier code a text mentions. Undefined when there is none, or several different ones: a page listing
 * many dossiers is not the page of one, and guessing would show the wrong citizen.
 */
export function findDossierCode(text: string): string | undefined {
  let found: string | undefined;
  for (const match of text.slice(0, MAX_SCAN).matchAll(ANYWHERE)) {
    if (found !== undefined && match[0] !== found) return undefined;
    found = match[0];
  }
  return found;
}

/** A list cell holds a dossier code in one of the known shapes (group and pager rows do not). */
export const looksLikeDossierCode = (text: string): boolean => WHOLE.test(text.trim());

/** A labelled code from a system with its own shape: short, one token-ish, with at least one digit. */
export const isPlausibleCode = (value: string): boolean =>
  /\d/.test(value) && /^[\p{L}\p{N}][\p{L}\p{N}._/-]{2,63}$/u.test(value);
