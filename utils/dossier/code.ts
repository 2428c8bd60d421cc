import { parseVietnameseDate } from './dates';

/**
 * Dossier codes, in the shapes real one-stop systems print. Tolerant on purpose, but each shape needs digits in
 * fixed places, so phone numbers, dates and version strings never pass:
 * - national: unit id, receipt date, daily serial (`000.17.22.H56-210531-0001`, `H01.31-250915-0001`);
 * - prefixed: `HS-2026-000123`, `G22.56-261124-0052`;
 * - dotted: unit.agency.yyMMdd.serial (`09.H44.181214.00108`), a letter in the agency part;
 * - record: record type-unit-id (`TP01-CX-V8A1PC`), the id mixing letters and digits.
 */
const SHAPES = [
  String.raw`(?:[A-Z0-9]{1,6}\.){1,4}[A-Z0-9]{2,6}-\d{6}-\d{3,6}`,
  String.raw`[A-Z]{1,4}[A-Z0-9.]*-\d{4,8}-\d{3,6}`,
  String.raw`(?=[0-9.]*[A-Z])(?:[A-Z0-9]{1,6}\.){1,3}\d{6}\.\d{3,6}`,
  String.raw`[A-Z]{1,4}\d{0,4}-[A-Z]{1,4}-(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{4,12}`,
]
  .map((shape) => String.raw`(?<![\w.-])${shape}(?![\w-]|\.\w)`)
  .join('|');
const ANYWHERE = new RegExp(SHAPES, 'g');
const FIRST = new RegExp(SHAPES);
const WHOLE = new RegExp(`^(?:${SHAPES})$`);

// A code is near the top of any real page; scanning further would only cost time on huge ones.
const MAX_SCAN = 300_000;

/**
 * The one dossier code a text mentions. Undefined when there is none, or several different ones: a page listing
 * many dossiers is not the page of one, and guessing would show the wrong citizen.
 */
export function findDossierCode(text: string): string | undefined {
  const codes = distinctCodes(text, 2);
  return codes.length === 1 ? codes[0] : undefined;
}

/** The first `max` different codes of a known shape a text mentions, in order. */
export function distinctCodes(text: string, max: number): string[] {
  const codes: string[] = [];
  for (const match of text.slice(0, MAX_SCAN).matchAll(ANYWHERE)) {
    if (!codes.includes(match[0])) codes.push(match[0]);
    if (codes.length >= max) break;
  }
  return codes;
}

/** The first code of a known shape in a short text: a list cell, a value followed by a note. */
export const codeIn = (text: string): string | undefined => FIRST.exec(text.slice(0, 1_000))?.[0];

/** A list cell or value that is a dossier code of a known shape, and nothing else. */
export const looksLikeDossierCode = (text: string): boolean => WHOLE.test(text.trim());

/** A labelled code from a system with its own shape: short, one token-ish, with at least one digit. */
export const isPlausibleCode = (value: string): boolean =>
  /\d/.test(value) && /^[\p{L}\p{N}][\p{L}\p{N}._/-]{2,63}$/u.test(value);

/** A token that may be a code of an unknown shape: not a bare number (an index, an id card), nor a date. */
const isCodeToken = (token: string): boolean =>
  isPlausibleCode(token) && /[\p{L}._/-]/u.test(token) && !parseVietnameseDate(token);

/**
 * The code in a labelled value: the whole value when it is one token ("BN2026/000123"), a code of a known shape
 * inside it ("000.00.31.H01-250915-0001 Hồ sơ nộp trực tuyến"), or its first token when that looks like a code and
 * the rest is a note ("TP01-XY-123 (trực tuyến)"). Undefined for a search box's "Tra cứu" and the like.
 */
export function codeOfValue(value: string): string | undefined {
  const text = value.trim();
  if (isPlausibleCode(text)) return text;
  const shaped = codeIn(text);
  if (shaped) return shaped;
  const first = text.split(/[\s,;()[\]]+/, 1)[0] ?? '';
  return isCodeToken(first) ? first : undefined;
}

/** A list cell's code: a known shape anywhere in it, or, in a column its header names, a code-like first token. */
export function codeOfCell(text: string, labelled: boolean): string | undefined {
  const shaped = codeIn(text);
  if (shaped || !labelled) return shaped;
  const first = text.trim().split(/[\s,;()[\]]+/, 1)[0] ?? '';
  return isCodeToken(first) ? first : undefined;
}
