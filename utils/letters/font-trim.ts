/**
 * Slims a TrueType file before jsPDF sees it. jsPDF subsets the glyphs but copies some tables whole into every PDF;
 * the largest, `post`, only holds glyph names that no PDF viewer needs. Tables jsPDF neither reads nor embeds
 * (layout, hinting) and duplicate `cmap` subtables are dropped too, so that each document parses less.
 */

import { dropGlyphs, glyphsOfKeptCodes } from './font-glyphs';

/** What jsPDF reads or embeds (see its TTFFont and Subset). */
const KEPT_TABLES = new Set(['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'OS/2', 'post']);

/** `post` version 3.0: the same 32-byte header, no glyph names. */
const POST_HEADER_LENGTH = 32;
const POST_VERSION_3 = 0x00030000;
/** The constant the whole-font checksum must add up to (OpenType `head.checksumAdjustment`). */
const CHECKSUM_MAGIC = 0xb1b0afba;
const HEAD_ADJUSTMENT_OFFSET = 8;

interface Table {
  tag: string;
  data: Uint8Array;
}

function checksum(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    const word =
      i + 4 <= bytes.length
        ? view.getUint32(i)
        : ((bytes[i] ?? 0) << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8);
    sum = (sum + word) >>> 0;
  }
  return sum;
}

function readTables(font: Uint8Array): Table[] {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables: Table[] = [];
  for (let i = 0; i < view.getUint16(4); i += 1) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    tables.push({ tag, data: font.subarray(offset, offset + view.getUint32(record + 12)) });
  }
  return tables;
}

/**
 * `cmap` with only its Windows Unicode subtable, the one jsPDF uses: Tinos lists the same subtable twice, and jsPDF
 * would parse both for every document.
 */
function slimCmap(cmap: Uint8Array): Uint8Array {
  const view = new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength);
  for (let i = 0; i < view.getUint16(2); i += 1) {
    const record = 4 + 8 * i;
    if (view.getUint16(record) !== 3 || view.getUint16(record + 2) !== 1) continue;
    const offset = view.getUint32(record + 4);
    const subtable = cmap.subarray(offset, offset + subtableLength(view, offset));
    const slim = new Uint8Array(12 + subtable.length);
    const out = new DataView(slim.buffer);
    out.setUint16(2, 1);
    out.setUint16(4, 3);
    out.setUint16(6, 1);
    out.setUint32(8, 12);
    slim.set(subtable, 12);
    return slim;
  }
  return cmap;
}

/** Formats 0–6 store a 16-bit length after the format, 8–14 a 32-bit one after a reserved word. */
const subtableLength = (view: DataView, offset: number): number =>
  view.getUint16(offset) < 8 ? view.getUint16(offset + 2) : view.getUint32(offset + 4);

function slimPost(post: Uint8Array): Uint8Array {
  // A copy, never a view: Node's Buffer#slice would share (and here overwrite) the caller's bytes.
  const slim = new Uint8Array(POST_HEADER_LENGTH);
  slim.set(post.subarray(0, POST_HEADER_LENGTH));
  new DataView(slim.buffer).setUint32(0, POST_VERSION_3);
  return slim;
}

const SLIMMERS: Readonly<Record<string, (table: Uint8Array) => Uint8Array>> = { cmap: slimCmap, post: slimPost };

/** The outlines of glyphs outside the Latin script (Greek, Cyrillic…) dropped: see font-glyphs.ts. */
function withoutUnusedGlyphs(tables: Table[]): Table[] {
  const find = (tag: string) => tables.find((table) => table.tag === tag)?.data;
  const [cmap, glyf, loca, head, maxp] = ['cmap', 'glyf', 'loca', 'head', 'maxp'].map(find);
  if (!cmap || !glyf || !loca || !head || !maxp) return tables;
  const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // slimCmap left one subtable, at offset 12.
  const keep = glyphsOfKeptCodes(view(cmap), 12);
  const slim = dropGlyphs(
    { glyf, loca, longOffsets: view(head).getInt16(50) === 1, numGlyphs: view(maxp).getUint16(4) },
    keep,
  );
  return tables.map((table) => (table.tag in slim ? { ...table, data: slim[table.tag as keyof typeof slim] } : table));
}

/** The font with only the tables jsPDF uses, `post` without glyph names, and only Latin-script outlines. */
export function trimFont(font: Uint8Array): Uint8Array {
  const tables = withoutUnusedGlyphs(
    readTables(font)
      .filter((table) => KEPT_TABLES.has(table.tag))
      .map((table) => ({ ...table, data: SLIMMERS[table.tag]?.(table.data) ?? table.data })),
  ).sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const headerLength = 12 + 16 * tables.length;
  const padded = (length: number) => (length + 3) & ~3;
  const total = tables.reduce((sum, table) => sum + padded(table.data.length), headerLength);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(tables.length));
  view.setUint32(0, new DataView(font.buffer, font.byteOffset).getUint32(0));
  view.setUint16(4, tables.length);
  view.setUint16(6, 16 * 2 ** entrySelector);
  view.setUint16(8, entrySelector);
  view.setUint16(10, 16 * tables.length - 16 * 2 ** entrySelector);
  let offset = headerLength;
  let headOffset = -1;
  tables.forEach((table, i) => {
    const record = 12 + 16 * i;
    for (let c = 0; c < 4; c += 1) out[record + c] = table.tag.charCodeAt(c);
    out.set(table.data, offset);
    if (table.tag === 'head') {
      headOffset = offset;
      view.setUint32(offset + HEAD_ADJUSTMENT_OFFSET, 0);
    }
    view.setUint32(record + 4, checksum(out.subarray(offset, offset + table.data.length)));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.data.length);
    offset += padded(table.data.length);
  });
  if (headOffset >= 0) view.setUint32(headOffset + HEAD_ADJUSTMENT_OFFSET, (CHECKSUM_MAGIC - checksum(out)) >>> 0);
  return out;
}
