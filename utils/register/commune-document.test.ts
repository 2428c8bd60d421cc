import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { pdfFolder, poppler } from '../../tests/unit/poppler';
import { subsetFontSource } from '../letters/font-subset';
import { setFontSource } from '../letters/fonts';
import { renderDocumentPdf } from '../letters/render';
import { DEFAULT_OFFICE, type OfficeSettings } from '../settings/schema';
import { EMPTY_COMMUNE, mergeDeskFile } from './commune-data';
import { communeReportDocument, defaultRecipients, missingReportFields } from './commune-document';
import { communeReport } from './commune-report';
import { deskFileOf, deskMonth, manyDeskFiles } from './commune-test-fixtures';
import type { Period } from './periods';

const dir = pdfFolder('commune');
vi.setConfig({ testTimeout: 30_000 });
setFontSource(subsetFontSource);

const OFFICE: OfficeSettings = {
  ...DEFAULT_OFFICE,
  communeName: 'xã Tân Phú',
  province: 'tỉnh Đồng Nai',
  placeName: 'Tân Phú',
  leaderName: 'LÊ VĂN BÌNH',
};

const data = [
  deskFileOf(1, 'Bàn Hộ tịch', [
    deskMonth('2026-10', { seen: 30, returned: 25, onTime: 24, birth: 4 }),
    deskMonth('2026-11', { seen: 40, returned: 36, onTime: 35, birth: 6, marriage: 2, apology: 1, greeted: 38 }),
  ]),
  deskFileOf(2, 'Bàn Đất đai', [deskMonth('2026-11', { seen: 1234, returned: 20, onTime: 20, greeted: 22 })]),
].reduce((d, f) => mergeDeskFile(d, f).data, EMPTY_COMMUNE);

const NOV: Period = { kind: 'month', year: 2026, index: 11 };
const Q4: Period = { kind: 'quarter', year: 2026, index: 4 };
const options = { date: '2026-12-02', recipients: defaultRecipients(OFFICE) };

const pdfText = async (period: Period, extra: object = {}, commune = data) => {
  const document = communeReportDocument(communeReport(commune, period), OFFICE, { ...options, ...extra });
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, await renderDocumentPdf(document, { title: document.name }));
  const text = poppler('pdftotext', '-layout', '-enc', 'UTF-8', file, '-');
  const info = poppler('pdfinfo', file);
  return { text, flat: text.replace(/\s+/g, ' '), info };
};

describe('the commune report as a document', () => {
  it('needs the commune, place, signer and signing lines from the office profile', () => {
    expect(missingReportFields(DEFAULT_OFFICE).map((m) => m.label)).toEqual([
      'Tên xã/phường của cơ quan',
      'Địa danh ghi ở dòng ngày tháng',
      'Họ tên người ký',
    ]);
    expect(missingReportFields(OFFICE)).toEqual([]);
  });

  it('is laid out as Decree 30 asks: two-line issuing body, number, date line, title with the period', () => {
    const { blocks } = communeReportDocument(communeReport(data, NOV), OFFICE, { ...options, number: '15' });
    expect(blocks[0]).toEqual({
      type: 'heading',
      issuingBody: 'ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ',
      number: 'Số: 15/BC-UBND',
      placeDate: 'Tân Phú, ngày 02 tháng 12 năm 2026',
    });
    expect(blocks[1]).toEqual({
      type: 'title',
      text: 'BÁO CÁO',
      subtitle: 'Kết quả thực hiện mô hình Chính quyền thân thiện, vì Nhân dân phục vụ\ntháng 11 năm 2026',
    });
    const tables = blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      expect(table.rows.map((r) => r[1])).toEqual(['Bàn Đất đai', 'Bàn Hộ tịch', 'Tổng cộng']);
      expect(table.boldRows).toEqual([2]);
    }
    expect(blocks.at(-2)).toEqual({
      type: 'signature',
      authority: 'TM. ỦY BAN NHÂN DÂN',
      title: 'CHỦ TỊCH',
      name: 'Lê Văn Bình',
    });
    expect(blocks.at(-1)).toEqual({
      type: 'recipients',
      items: ['Thường trực Đảng ủy xã;', 'Chủ tịch, các Phó Chủ tịch UBND xã;', 'Lưu: VT.'],
    });
  });

  it('adds the team lead’s proposals only when there are some', () => {
    const texts = (proposals?: string) =>
      communeReportDocument(communeReport(data, NOV), OFFICE, { ...options, proposals })
        .blocks.filter((b) => b.type === 'paragraph')
        .map((b) => b.text);
    expect(texts()).not.toContain('III. ĐỀ XUẤT, KIẾN NGHỊ');
    expect(texts('  đề nghị biểu dương Bàn Đất đai.\n\n')).toEqual(
      expect.arrayContaining(['III. ĐỀ XUẤT, KIẾN NGHỊ', 'Đề nghị biểu dương Bàn Đất đai.']),
    );
  });

  it('reads back from the PDF with the title, the period, each desk and the totals', async () => {
    const { text, flat, info } = await pdfText(NOV);
    expect(info).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
    expect(info).toMatch(
      /Title:\s+Báo cáo kết quả thực hiện mô hình Chính quyền thân thiện, vì Nhân dân phục vụ tháng 11/,
    );
    for (const words of [
      'ỦY BAN NHÂN DÂN',
      'XÃ TÂN PHÚ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: …/BC-UBND',
      'Tân Phú, ngày 02 tháng 12 năm 2026',
      'BÁO CÁO',
      'Kết quả thực hiện mô hình Chính quyền thân thiện, vì Nhân dân phục vụ',
      'tháng 11 năm 2026',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
      'Lê Văn Bình',
    ])
      expect(flat).toContain(words);
    // Each desk and the total, with their figures on one line of the first table.
    expect(text).toMatch(/1\s+Bàn Đất đai\s+1\.234\s+20\s+20\s+100,0/);
    expect(text).toMatch(/2\s+Bàn Hộ tịch\s+40\s+36\s+35\s+97,2/);
    expect(text).toMatch(/Tổng cộng\s+1\.274\s+56\s+55\s+98,2/);
    expect(flat).toContain('So với tháng 10 năm 2026, số hồ sơ đã xem tăng 1.244 (từ 30 lên 1.274)');
    expect(text).not.toMatch(/[\u0300-\u036f]/);
  });

  it('a quarter and a year carry their own period in the title', async () => {
    expect((await pdfText(Q4)).flat).toContain('quý IV năm 2026');
    expect((await pdfText({ kind: 'year', year: 2026, index: 1 })).flat).toContain('phục vụ năm 2026');
  });

  it('30 desks run over pages and keep every desk', async () => {
    const many = manyDeskFiles(30, 12).reduce((d, f) => mergeDeskFile(d, f).data, EMPTY_COMMUNE);
    const { text, info } = await pdfText({ kind: 'year', year: 2026, index: 1 }, {}, many);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(2);
    for (let n = 1; n <= 30; n++) expect(text).toMatch(new RegExp(`Bàn ${n}\\s`));
  });
});
