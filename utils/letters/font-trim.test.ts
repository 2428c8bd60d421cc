import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { trimFont } from './font-trim';
import { FONT_STYLES, TINOS_FILES } from './fonts';

const original = (style: keyof typeof TINOS_FILES) =>
  new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(TINOS_FILES[style])));

function tables(font: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const found = new Map<string, Uint8Array>();
  for (let i = 0; i < view.getUint16(4); i += 1) {
    const record = 12 + 16 * i;
    const offset = view.getUint32(record + 8);
    found.set(
      String.fromCharCode(...font.subarray(record, record + 4)),
      font.subarray(offset, offset + view.getUint32(record + 12)),
    );
  }
  return found;
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

describe('trimFont', () => {
  it.each(FONT_STYLES)('keeps what jsPDF needs from Tinos %s', (style) => {
    const font = original(style);
    const trimmed = trimFont(font);
    const kept = tables(trimmed);
    expect([...kept.keys()]).toEqual(['OS/2', 'cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'post']);
    for (const tag of ['hmtx', 'loca', 'head', 'hhea', 'maxp', 'name', 'OS/2']) {
      expect(kept.get(tag)?.length).toBe(tables(font).get(tag)?.length);
    }
    // Outlines of other scripts are dropped: less than half the glyph data is left.
    expect(kept.get('glyf')?.length).toBeLessThan((tables(font).get('glyf')?.length ?? 0) / 2);
    const post = new DataView((kept.get('post') as Uint8Array).slice().buffer);
    expect([post.byteLength, post.getUint32(0)]).toEqual([32, 0x00030000]);
    const cmap = new DataView((kept.get('cmap') as Uint8Array).slice().buffer);
    expect([cmap.getUint16(2), cmap.getUint16(4), cmap.getUint16(6)]).toEqual([1, 3, 1]);
  });

  it('writes valid checksums, table by table and for the whole font', () => {
    const trimmed = trimFont(original('regular'));
    const view = new DataView(trimmed.buffer);
    for (let i = 0; i < view.getUint16(4); i += 1) {
      const record = 12 + 16 * i;
      const table = trimmed.slice(view.getUint32(record + 8), view.getUint32(record + 8) + view.getUint32(record + 12));
      if (String.fromCharCode(...trimmed.subarray(record, record + 4)) === 'head')
        new DataView(table.buffer).setUint32(8, 0);
      expect(checksum(table)).toBe(view.getUint32(record + 4));
    }
    expect(checksum(trimmed)).toBe(0xb1b0afba);
  });

  it('leaves the bytes it was given untouched, even a Node Buffer', () => {
    const buffer = readFileSync(createRequire(import.meta.url).resolve(TINOS_FILES.bold));
    const copy = Uint8Array.from(buffer);
    trimFont(buffer);
    expect(Buffer.compare(buffer, copy)).toBe(0);
  });
});
