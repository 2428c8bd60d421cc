import { describe, expect, it } from 'vitest';
import { sheetNames, xlsxFile, xlsxWorkbook } from './xlsx';
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

/** The parts of every workbook, before its sheets'. */
const WORKBOOK_PARTS = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'];

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
    expect([...files.keys()]).toEqual([...WORKBOOK_PARTS, 'xl/worksheets/sheet1.xml']);
    const sheet = files.get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain('<c r="B2"><v>4</v></c>');
    expect(sheet).toContain('Thư chia buồn &lt;đã in&gt;');
    expect(sheet).toContain('Thồng');
    expect(sheet).not.toMatch(/[\u0300-\u036f]/);
    // "/" is not allowed in a sheet name: Excel would call the file damaged.
    expect(files.get('xl/workbook.xml')).toContain('name="Tháng 11-2026"');
  });

  it('writes several sheets, each with its own part, relationship and content type', () => {
    const files = unzip(
      xlsxWorkbook([
        { name: 'Tổng hợp', rows: [['Chỉ tiêu', 'Bàn 1', 'Bàn 2', 'Tổng cộng']], widths: [30, 16, 16, 14] },
        { name: 'Bàn 1', rows: [['Hồ sơ đã xem', 12]] },
        { name: 'Bàn 2', rows: [['Hồ sơ đã xem', 7]] },
      ]),
    );
    expect([...files.keys()]).toEqual([
      ...WORKBOOK_PARTS,
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ]);
    const workbook = files.get('xl/workbook.xml') ?? '';
    expect(
      [...workbook.matchAll(/<sheet name="([^"]+)" sheetId="(\d+)" r:id="(rId\d+)"\/>/g)].map((m) => m.slice(1)),
    ).toEqual([
      ['Tổng hợp', '1', 'rId1'],
      ['Bàn 1', '2', 'rId2'],
      ['Bàn 2', '3', 'rId3'],
    ]);
    const rels = files.get('xl/_rels/workbook.xml.rels') ?? '';
    for (const n of [1, 2, 3]) {
      expect(rels).toContain(
        `Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"`,
      );
      expect(files.get('[Content_Types].xml')).toContain(`PartName="/xl/worksheets/sheet${n}.xml"`);
    }
    expect(files.get('xl/worksheets/sheet2.xml')).toContain('<c r="B1"><v>12</v></c>');
    expect(files.get('xl/worksheets/sheet1.xml')).toContain('<col min="4" max="4" width="14" customWidth="1"/>');
    expect(files.get('xl/worksheets/sheet2.xml')).not.toContain('<cols>');
  });

  it('names columns past Z as Excel does', () => {
    const row = Array.from({ length: 30 }, (_, i) => i);
    const sheet = unzip(xlsxWorkbook([{ name: 'Rộng', rows: [row] }])).get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain('<c r="Z1"><v>25</v></c>');
    expect(sheet).toContain('<c r="AA1"><v>26</v></c>');
    expect(sheet).toContain('<c r="AD1"><v>29</v></c>');
  });

  it.each([
    [
      ['Tổng hợp', 'Bàn 1', 'bàn 1'],
      ['Tổng hợp', 'Bàn 1', 'bàn 1 (2)'],
    ],
    [
      ['Bàn 1/Hộ tịch', '[Đất đai]?', '  ', "'x'"],
      ['Bàn 1-Hộ tịch', '-Đất đai--', 'Trang', 'x'],
    ],
    [
      ['Bàn tiếp nhận và trả kết quả số một', 'Bàn tiếp nhận và trả kết quả số một'],
      ['Bàn tiếp nhận và trả kết quả số', 'Bàn tiếp nhận và trả kết qu (2)'],
    ],
  ])('gives sheets names Excel accepts: %j → %j', (names, expected) => {
    const valid = sheetNames(names);
    expect(valid).toEqual(expected);
    for (const name of valid) expect(name.length).toBeLessThanOrEqual(31);
  });
});
