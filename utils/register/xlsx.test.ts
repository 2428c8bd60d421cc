import { describe, expect, it } from 'vitest';
import { xlsxFile } from './xlsx';
import { crc32, zipStore } from './zip-store';

/** Reads a stored ZIP back through its central directory, checking each entry's CRC. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map<string, string>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const start = local + 30 + view.getUint16(local + 26, true);
    const data = bytes.subarray(start, start + size);
    expect(crc32(data)).toBe(crc);
    files.set(name, decoder.decode(data));
    at += 46 + nameLength;
  }
  return files;
}

describe('xlsx', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes a ZIP whose entries read back', () => {
    const files = unzip(zipStore([{ name: 'a.txt', data: new TextEncoder().encode('xin chào') }]));
    expect(files.get('a.txt')).toBe('xin chào');
  });

  it('writes a workbook with one sheet, text in NFC and numbers as numbers', () => {
    const files = unzip(
      xlsxFile('Tháng 11/2026', [
        ['Chỉ tiêu', 'Số liệu'],
        ['Thư chia buồn <đã in>', 4],
        ['Tho\u0302\u0300ng', 66.7],
      ]),
    );
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = files.get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain('<c r="B2"><v>4</v></c>');
    expect(sheet).toContain('Thư chia buồn &lt;đã in&gt;');
    expect(sheet).toContain('Thồng');
    expect(sheet).not.toMatch(/[\u0300-\u036f]/);
    expect(files.get('xl/workbook.xml')).toContain('name="Tháng 11/2026"');
  });
});
