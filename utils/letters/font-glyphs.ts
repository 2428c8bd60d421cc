/**
 * Drops the outlines of glyphs a Vietnamese letter never uses (Greek, Cyrillic, Hebrew…) from a TrueType font, so
 * that jsPDF parses and copies a fifth of the data for every PDF. Glyph ids stay as they are: only `glyf` shrinks
 * and `loca` points the dropped glyphs at nothing, which is how TrueType writes an empty glyph.
 */

/** Code points kept: Latin with all its extensions (Vietnamese included), combining marks, punctuation, symbols. */
export const KEPT_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x024f],
  [0x0300, 0x036f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2100, 0x214f],
  [0x2190, 0x21ff],
  [0x2200, 0x22ff],
  [0x25a0, 0x25ff],
];

const kept = (code: number) => KEPT_RANGES.some(([from, to]) => code >= from && code <= to);

/** Every code point → glyph id of a format 4 `cmap` subtable at `offset` (the Basic Multilingual Plane). */
export function glyphsByCode(cmap: DataView, offset: number): Map<number, number> {
  if (cmap.getUint16(offset) !== 4) throw new RangeError('cmap: only format 4 subtables are read');
  const map = new Map<number, number>();
  const segments = cmap.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s += 1) {
    const start = cmap.getUint16(starts + 2 * s);
    const end = cmap.getUint16(ends + 2 * s);
    const delta = cmap.getInt16(deltas + 2 * s);
    const rangeOffset = cmap.getUint16(rangeOffsets + 2 * s);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      if (rangeOffset === 0) map.set(code, (code + delta) & 0xffff);
      else {
        const raw = cmap.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (code - start));
        if (raw !== 0) map.set(code, (raw + delta) & 0xffff);
      }
    }
  }
  return map;
}

/** Glyph ids of the kept code points, and .notdef. */
export function glyphsOfKeptCodes(cmap: DataView, offset: number): Set<number> {
  const glyphs = new Set<number>([0]);
  for (const [code, glyph] of glyphsByCode(cmap, offset)) if (kept(code)) glyphs.add(glyph);
  return glyphs;
}

const ARG_WORDS = 0x0001;
const HAS_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const XY_SCALE = 0x0040;
const TWO_BY_TWO = 0x0080;

/** Glyph ids a composite glyph is built from (Tinos draws "ệ" from "e", a dot and a circumflex). */
export function componentsOf(glyph: DataView): number[] {
  if (glyph.byteLength < 10 || glyph.getInt16(0) >= 0) return [];
  const components: number[] = [];
  let at = 10;
  for (;;) {
    const flags = glyph.getUint16(at);
    components.push(glyph.getUint16(at + 2));
    at += 4 + (flags & ARG_WORDS ? 4 : 2);
    if (flags & HAS_SCALE) at += 2;
    else if (flags & XY_SCALE) at += 4;
    else if (flags & TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return components;
  }
}

export interface GlyphTables {
  glyf: Uint8Array;
  loca: Uint8Array;
  /** `head.indexToLocFormat`: 0 for 16-bit offsets (halved), 1 for 32-bit ones. */
  longOffsets: boolean;
  numGlyphs: number;
}

export function offsetsOf({ loca, longOffsets, numGlyphs }: GlyphTables): number[] {
  const view = new DataView(loca.buffer, loca.byteOffset, loca.byteLength);
  return Array.from({ length: numGlyphs + 1 }, (_, i) =>
    longOffsets ? view.getUint32(4 * i) : 2 * view.getUint16(2 * i),
  );
}

/** `glyf` and `loca` with only `keep` and the glyphs they are built from; the same offset format as before. */
export function dropGlyphs(tables: GlyphTables, keep: ReadonlySet<number>): { glyf: Uint8Array; loca: Uint8Array } {
  const offsets = offsetsOf(tables);
  const dataOf = (id: number) => tables.glyf.subarray(offsets[id] ?? 0, offsets[id + 1] ?? 0);
  const closed = new Set<number>();
  const pending = [...keep];
  while (pending.length > 0) {
    const id = pending.pop() as number;
    if (closed.has(id) || id >= tables.numGlyphs) continue;
    closed.add(id);
    const data = dataOf(id);
    pending.push(...componentsOf(new DataView(data.buffer, data.byteOffset, data.byteLength)));
  }
  const size = [...closed].reduce((sum, id) => sum + dataOf(id).length, 0);
  const glyf = new Uint8Array(size);
  const loca = new Uint8Array(tables.loca.length);
  const locaView = new DataView(loca.buffer);
  let at = 0;
  for (let id = 0; id <= tables.numGlyphs; id += 1) {
    if (tables.longOffsets) locaView.setUint32(4 * id, at);
    else locaView.setUint16(2 * id, at / 2);
    if (id < tables.numGlyphs && closed.has(id)) {
      const data = dataOf(id);
      glyf.set(data, at);
      at += data.length;
    }
  }
  return { glyf, loca };
}
