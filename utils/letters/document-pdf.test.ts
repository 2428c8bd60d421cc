import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { pdfFolder, poppler, type Word, words } from '../../tests/unit/poppler';
import { LETTER_CHARACTERS } from './font-glyphs';
import { subsetFontSource } from './font-subset';
import { setFontSource } from './fonts';
import { renderDocumentPdf } from './render';
import type { LaidOutDocument, TextStyle } from './types';

// Read back with poppler, never by bytes.
const dir = pdfFolder('document');
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });
setFontSource(subsetFontSource);

const rows = Array.from({ length: 45 }, (_, i) => [String(i + 1), `Bàn số ${i + 1}`, String(i * 3), '96,5']);

const REPORT: LaidOutDocument = {
  name: 'Báo cáo',
  layout: 'letter',
  blocks: [
    {
      type: 'heading',
      // Decomposed on purpose: the PDF module normalises to NFC.
      issuingBody: 'ỦY BAN NHÂN DÂN\nXA\u0303 TÂN PHÚ',
      number: 'Số: 12/BC-UBND',
      placeDate: 'Tân Phú, ngày 25 tháng 11 năm 2026',
    },
    {
      type: 'title',
      text: 'BÁO CÁO',
      subtitle: 'Kết quả thực hiện mô hình Chính quyền thân thiện, vì Nhân dân phục vụ\nquý IV năm 2026',
    },
    {
      type: 'table',
      caption: '1. Tiếp nhận và trả kết quả',
      columns: [
        { header: 'STT', width: 1, align: 'center' },
        { header: 'Bàn tiếp nhận', width: 4 },
        { header: 'Hồ sơ đã xem', width: 2, align: 'right' },
        { header: 'Tỷ lệ đúng hẹn (%)', width: 2, align: 'right' },
      ],
      rows: [...rows, ['', 'Tổng cộng', '2970', '96,5']],
      boldRows: [rows.length],
    },
    { type: 'signature', authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Lê Văn Bình' },
    { type: 'recipients', items: ['Thường trực Đảng ủy xã;', 'Lưu: VT.'] },
  ],
};

describe('a document in blocks as a PDF', () => {
  let file = '';
  let all: Word[] = [];
  beforeAll(async () => {
    file = join(dir, 'report.pdf');
    writeFileSync(file, await renderDocumentPdf(REPORT, { title: 'Báo cáo quý IV năm 2026' }));
    all = words(file);
  });
  const find = (text: string, page = 1) => all.filter((w) => w.text === text && w.page === page);

  it('breaks the issuing body where asked, in NFC, with the number under it', () => {
    const uy = find('ỦY')[0];
    const xa = find('XÃ')[0];
    const so = find('Số:')[0];
    expect(uy && xa && so).toBeTruthy();
    // "XÃ TÂN PHÚ" starts a line of its own under "ỦY BAN NHÂN DÂN", in the left column.
    expect(xa?.yMin ?? 0).toBeGreaterThan((uy?.yMin ?? 0) + 10);
    expect(xa?.xMin ?? 999).toBeLessThan(72 * (92 / 25.4));
    expect(so?.yMin ?? 0).toBeGreaterThan(xa?.yMin ?? 0);
    expect(poppler('pdftotext', '-enc', 'UTF-8', file, '-')).not.toMatch(/[\u0300-\u036f]/);
  });

  it('puts the period on its own line under the title', () => {
    const quy = find('quý')[0];
    const ket = find('Kết')[0];
    expect(quy?.yMin ?? 0).toBeGreaterThan(ket?.yMin ?? 0);
  });

  it('runs a long table over pages with its header repeated and no row split', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', file))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(find('Bàn', 1).length).toBeGreaterThan(0);
    expect(all.filter((w) => w.text === 'tiếp' && w.page === 2)).toHaveLength(1);
    const text = poppler('pdftotext', '-layout', '-enc', 'UTF-8', file, '-');
    for (let i = 1; i <= rows.length; i++) expect(text).toMatch(new RegExp(`Bàn số ${i}\\s`));
    expect(text).toMatch(/Tổng cộng\s+2970/);
    // Numbers sit right-aligned: the last digits of a column line up.
    // The third column runs from about 345 to 449 pt.
    const right = all.filter((w) => /^\d+$/.test(w.text) && w.xMin > 400 && w.xMax < 449).map((w) => w.xMax);
    expect(right.length).toBeGreaterThan(rows.length);
    expect(Math.max(...right) - Math.min(...right)).toBeLessThan(1);
  });

  it('puts the caption in bold above the header, on the same page', () => {
    const caption = find('1.')[0];
    const header = find('STT')[0];
    expect(caption && header).toBeTruthy();
    expect(header?.yMin ?? 0).toBeGreaterThan(caption?.yMin ?? 0);
    expect(poppler('pdffonts', file)).toMatch(/Tinos-Bold/);
  });

  it('ends with the signature and "Nơi nhận"', () => {
    const text = poppler('pdftotext', '-enc', 'UTF-8', file, '-');
    expect(text).toContain('Lê Văn Bình');
    expect(text).toContain('Nơi nhận:');
  });
});

describe('every character the letter fonts carry', () => {
  // Spaces are layout, and a soft hyphen shows only where a line breaks.
  const characters = [...LETTER_CHARACTERS].filter((char) => !/\s/.test(char) && char !== '\u00ad');

  it.each<TextStyle>(['normal', 'bold', 'italic', 'bold-italic'])(
    'is embedded in %s and read back as written',
    async (style) => {
      const words = Array.from({ length: Math.ceil(characters.length / 30) }, (_, i) =>
        characters.slice(30 * i, 30 * (i + 1)).join(''),
      );
      const file = join(dir, `characters-${style}.pdf`);
      const document: LaidOutDocument = {
        name: 'Bảng ký tự',
        layout: 'letter',
        blocks: [{ type: 'paragraph', text: words.join(' '), style, align: 'left' }],
      };
      writeFileSync(file, await renderDocumentPdf(document, { title: document.name }));
      expect(poppler('pdftotext', '-enc', 'UTF-8', file, '-').replace(/\s/g, '')).toBe(characters.join(''));
    },
  );
});
