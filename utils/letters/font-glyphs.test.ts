import { Blob, Face, Font } from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DESK_SCREEN } from '../../templates/desk-screen';
import { DEFAULT_LETTER_TEMPLATES } from '../../templates/letters';
import { PLAN_MOTTO, PLAN_WORDS } from '../../templates/plan-words';
import { LETTER_CHARACTERS, VIETNAMESE_LETTERS } from './font-glyphs';
import { subsetTinos } from './font-subset';
import { FONT_STYLES, type FontStyle } from './fonts';

/** Every string inside a value (a template's blocks, say). */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(stringsOf)
      : [];

/** What letters print from our own data, and every Vietnamese letter in both cases, as NFC characters. */
const PRINTED = new Set(
  [
    ...stringsOf(DEFAULT_LETTER_TEMPLATES),
    ...stringsOf(PLAN_WORDS),
    ...stringsOf(PLAN_MOTTO),
    ...stringsOf(DEFAULT_DESK_SCREEN),
    VIETNAMESE_LETTERS,
    VIETNAMESE_LETTERS.toLocaleUpperCase('vi'),
    '0123456789',
  ]
    .join('')
    .normalize('NFC')
    .replace(/\s/g, ''),
);

const fonts = new Map<FontStyle, { font: Font; bytes: number }>();
beforeAll(async () => {
  for (const style of FONT_STYLES) {
    const subset = await subsetTinos(style);
    fonts.set(style, { font: new Font(new Face(new Blob(subset))), bytes: subset.length });
  }
});

const fontOf = (style: FontStyle) => fonts.get(style)?.font as Font;

/** The glyph a character maps to, if it draws something (spaces draw nothing and need not). */
function draws(font: Font, char: string): boolean {
  const glyph = font.nominalGlyph(char.codePointAt(0) ?? 0);
  return glyph !== undefined && glyph !== 0 && (/\s/.test(char) || font.glyphToPath(glyph) !== '');
}

describe('the letter fonts the build packages', () => {
  it('are subset to one list that holds every character the templates, plan words and alphabet print', () => {
    expect([...PRINTED].filter((char) => !LETTER_CHARACTERS.includes(char))).toEqual([]);
    expect(LETTER_CHARACTERS).toBe(LETTER_CHARACTERS.normalize('NFC'));
  });

  it.each(FONT_STYLES)('Tinos %s draws every character of that list', (style) => {
    // The soft hyphen is invisible unless a line breaks there.
    const blank = [...LETTER_CHARACTERS].filter((char) => char !== '\u00ad' && !draws(fontOf(style), char));
    expect(blank).toEqual([]);
  });

  it.each(FONT_STYLES)('Tinos %s keeps no other script, and a small file', (style) => {
    for (const char of ['Ω', 'Ж', 'א', '漢']) expect(draws(fontOf(style), char), char).toBe(false);
    expect(fonts.get(style)?.bytes).toBeLessThan(40 * 1024);
  });
});
