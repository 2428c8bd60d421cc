import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { componentsOf, glyphsByCode, offsetsOf } from './font-glyphs';
import { trimFont } from './font-trim';
import { FONT_STYLES, TINOS_FILES } from './fonts';

const VIETNAMESE = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const TEXT = `${VIETNAMESE}${VIETNAMESE.toLocaleUpperCase('vi')}0123456789.,;:!?()“”‘’-–—…/%№₫`;

function table(font: Uint8Array, tag: string): DataView {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  for (let i = 0; i < view.getUint16(4); i += 1) {
    const record = 12 + 16 * i;
    if (String.fromCharCode(...font.subarray(record, record + 4)) === tag) {
      return new DataView(font.buffer, font.byteOffset + view.getUint32(record + 8), view.getUint32(record + 12));
    }
  }
  throw new Error(`no ${tag}`);
}

/** Whether a glyph still draws something, following composite glyphs to their parts. */
function draws(font: Uint8Array, glyph: number): boolean {
  const bytes = (v: DataView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  const offsets = offsetsOf({
    glyf: bytes(table(font, 'glyf')),
    loca: bytes(table(font, 'loca')),
    longOffsets: table(font, 'head').getInt16(50) === 1,
    numGlyphs: table(font, 'maxp').getUint16(4),
  });
  const glyf = table(font, 'glyf');
  const start = offsets[glyph] ?? 0;
  const length = (offsets[glyph + 1] ?? 0) - start;
  if (length === 0) return false;
  const data = new DataView(glyf.buffer, glyf.byteOffset + start, length);
  const parts = componentsOf(data);
  return parts.length === 0 || parts.every((part) => draws(font, part));
}

describe('dropping unused glyphs', () => {
  it.each(FONT_STYLES)('Tinos %s still draws every Vietnamese letter, digit and mark a letter uses', (style) => {
    const file = new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(TINOS_FILES[style])));
    const font = trimFont(file);
    const glyphs = glyphsByCode(table(font, 'cmap'), 12);
    const blank = [...TEXT].filter((char) => {
      const glyph = glyphs.get(char.codePointAt(0) ?? 0);
      return glyph === undefined || !draws(font, glyph);
    });
    expect(blank).toEqual([]);
    // …and no longer draws other scripts.
    expect(draws(font, glyphs.get('Ω'.codePointAt(0) ?? 0) ?? 0)).toBe(false);
    expect(draws(font, glyphs.get('Ж'.codePointAt(0) ?? 0) ?? 0)).toBe(false);
  });
});
