import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { pdfFolder, poppler, type Word, words } from '../../tests/unit/poppler';
import type { Dossier } from '../dossier/types';
import { MissingFieldsError } from './fill';
import { subsetFontSource } from './font-subset';
import { setFontSource } from './fonts';
import { LetterBatchError, type LetterRequest, renderLetterPdf, renderLettersPdf } from './render';
import {
  APOLOGY_OPTIONS,
  BIRTH,
  DEATH,
  LATE,
  LETTERS,
  MARRIAGE,
  OFFICE,
  THANK_YOU_OPTIONS,
  TODAY,
} from './test-fixtures';
import type { LetterKind, LetterOptions } from './types';

// Never compare PDF bytes: write the file and read it back with poppler, as a person or a printer would.
const dir = pdfFolder('letters');
// Each test renders and runs poppler; the first PDF also loads the fonts and jsPDF. Generous on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });
// The fonts the build packages, made here as the build makes them.
setFontSource(subsetFontSource);

const MM = 72 / 25.4;
const PAGE = { width: 595.28, height: 841.89 };
const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const DATE_LINE = 'Tân Phú, ngày 05 tháng 3 năm 2026';
const COMBINING_MARK = /[\u0300-\u036f]/;

let files = 0;
function save(pdf: Uint8Array): string {
  files += 1;
  const file = join(dir, `letter-${files}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

const text = (file: string) => poppler('pdftotext', '-enc', 'UTF-8', file, '-');
const info = (file: string) => poppler('pdfinfo', file);
const fonts = (file: string) => poppler('pdffonts', file).split('\n').slice(2).filter(Boolean);

describe.each(LETTERS)('%s as a PDF', (kind, dossier, options) => {
  let pdf: Uint8Array = new Uint8Array();
  let file = '';
  beforeAll(async () => {
    pdf = await renderLetterPdf(kind, dossier, OFFICE, options);
    file = save(pdf);
  });

  it('is an A4 portrait document with a title of its own and no citizen data in its metadata', () => {
    const meta = info(file);
    expect(meta).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(meta).toMatch(/Title:\s+(Thư|Phiếu|Giấy) \S/);
    expect(meta).toMatch(/Author:\s+Ủy ban nhân dân xã Tân Phú/);
    expect(meta).not.toMatch(/Nguyễn|Phạm|Trần|Hòa Bình/);
  });

  it('embeds subsets of Tinos, and nothing else', () => {
    const lines = fonts(file);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      expect(line).toMatch(
        /^[A-Z]{6}\+Tinos-(Regular|Bold|Italic|BoldItalic)\s+CID TrueType\s+Identity-H\s+yes yes yes/,
      );
    }
  });

  it('weighs at most 60 KB', () => expect(pdf.length).toBeLessThanOrEqual(60 * 1024));

  it('prints the national title, the motto and the place-and-date line, in NFC', () => {
    const printed = text(file);
    for (const line of [NATIONAL_TITLE, MOTTO, DATE_LINE]) expect(printed).toContain(line);
    expect(printed).toBe(printed.normalize('NFC'));
    expect(printed).not.toMatch(COMBINING_MARK);
    expect(printed).not.toMatch(/undefined|\{\{|\}\}/);
  });

  it('keeps every word inside the margins (20, 20, 30, 15 mm), page numbers above the text', () => {
    for (const word of words(file)) {
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(30 * MM - 0.5);
      expect(word.xMax, word.text).toBeLessThanOrEqual(PAGE.width - 15 * MM + 0.5);
      expect(word.yMax, word.text).toBeLessThanOrEqual(PAGE.height - 20 * MM);
      if (word.yMin < 20 * MM) expect([word.page > 1, word.text]).toEqual([true, String(word.page)]);
    }
  });
});

describe('letter layout', () => {
  const find = (all: Word[], text: string, page = 1) => {
    const word = all.find((w) => w.text === text && w.page === page);
    if (!word) throw new Error(`no “${text}” on page ${page}`);
    return word;
  };

  it('sets the issuing body left, the national title and the date right, the signature over “Nơi nhận”', async () => {
    const all = words(save(await renderLetterPdf('birth-congratulation', BIRTH, OFFICE, { date: TODAY })));
    const middle = PAGE.width / 2;
    expect(find(all, 'ỦY').xMax).toBeLessThan(middle);
    expect(find(all, 'CỘNG').xMin).toBeGreaterThan(find(all, 'PHÚ').xMax);
    expect(find(all, 'CỘNG').yMin).toBeCloseTo(find(all, 'ỦY').yMin, 0);
    const date = find(all, 'Tân');
    expect(date.xMin).toBeGreaterThan(middle);
    expect(date.yMin).toBeGreaterThan(find(all, 'lập').yMax);
    const title = find(all, 'THƯ');
    expect(title.yMin).toBeGreaterThan(date.yMax);
    const authority = find(all, 'TM.');
    const recipients = find(all, 'Nơi');
    expect(recipients.xMin).toBeCloseTo(30 * MM, 0);
    expect(Math.abs(recipients.yMin - authority.yMin)).toBeLessThan(3);
    // Room for the signature and the seal between the title and the signer's name.
    expect(find(all, 'Bình').yMin - find(all, 'TỊCH').yMax).toBeGreaterThan(20 * MM);
  });

  it('puts the marriage criteria and the condolence attachments on pages of their own, not numbered', async () => {
    const marriage = words(save(await renderLetterPdf('marriage-congratulation', MARRIAGE, OFFICE, { date: TODAY })));
    expect(find(marriage, 'HẠNH', 2).page).toBe(2);
    // An enclosure is not page 2 of the letter: nothing is printed in its top margin.
    expect(marriage.filter((w) => w.page === 2 && w.yMin < 20 * MM)).toEqual([]);
    const condolence = text(save(await renderLetterPdf('condolence', DEATH, OFFICE, { date: TODAY })));
    const [letter = '', attachments = ''] = condolence.split('\f');
    expect(letter).toContain('THƯ CHIA BUỒN');
    for (const title of ['NẾP SỐNG VĂN MINH TRONG VIỆC TANG', 'XÓA ĐĂNG KÝ THƯỜNG TRÚ', 'TRỢ CẤP MAI TÁNG']) {
      expect(attachments).toContain(title);
    }
  });

  it('writes the issuing body on two lines, never splitting a name, with the number under it', async () => {
    const office = {
      ...OFFICE,
      communeName: 'phường Long Hương',
      unitType: 'phường' as const,
      placeName: 'Long Hương',
    };
    const file = save(await renderLetterPdf('apology', LATE, office, APOLOGY_OPTIONS));
    const all = words(file);
    const line = (text: string) => find(all, text).yMin;
    expect(line('ỦY')).toBeCloseTo(line('DÂN'), 0);
    expect(line('PHƯỜNG')).toBeGreaterThan(line('DÂN') + 5);
    expect(line('LONG')).toBeCloseTo(line('PHƯỜNG'), 0);
    expect(line('HƯƠNG')).toBeCloseTo(line('PHƯỜNG'), 0);
    // "Số: …" under the issuing body, on the line of the place and date.
    expect(line('Số:')).toBeGreaterThan(line('PHƯỜNG'));
    expect(line('Số:')).toBeCloseTo(find(all, 'Hương,').yMin, 0);
    expect(find(all, '1/PXL-UBND').xMax).toBeLessThan(PAGE.width / 2);
    const printed = text(file);
    expect(printed).toMatch(/ỦY BAN NHÂN DÂN\s*\n/);
    expect(printed).toContain('Số: 1/PXL-UBND');
  });

  it('keeps a long commune name on one line, set smaller', async () => {
    const office = { ...OFFICE, communeName: 'phường Nguyễn Thái Bình Tây', placeName: 'Nguyễn Thái Bình Tây' };
    const all = words(save(await renderLetterPdf('birth-congratulation', BIRTH, office, { date: TODAY })));
    const name = ['PHƯỜNG', 'NGUYỄN', 'THÁI', 'BÌNH', 'TÂY'].map((w) => find(all, w).yMin);
    for (const y of name) expect(y).toBeCloseTo(name[0] ?? 0, 0);
    expect(find(all, 'PHƯỜNG').xMin).toBeGreaterThanOrEqual(30 * MM - 0.5);
  });

  it('signs in three lines when a deputy signs for the chairman', async () => {
    const office = { ...OFFICE, leaderTitle: 'PHÓ CHỦ TỊCH', leaderName: 'Đỗ Thị Lan' };
    const printed = text(save(await renderLetterPdf('birth-congratulation', BIRTH, office, { date: TODAY })));
    expect(printed).toMatch(/TM\. ỦY BAN NHÂN DÂN\s+KT\. CHỦ TỊCH\s+PHÓ CHỦ TỊCH/);
  });

  it('frames the thank-you certificate', async () => {
    const all = words(save(await renderLetterPdf('thank-you', null, OFFICE, THANK_YOU_OPTIONS)));
    const title = find(all, 'GIẤY');
    expect(title.yMax - title.yMin).toBeGreaterThan(25);
    expect((find(all, 'CẢM').xMin + find(all, 'GIẤY').xMin) / 2).toBeLessThan(PAGE.width / 2);
    expect(find(all, 'ƠN').xMax).toBeGreaterThan(PAGE.width / 2);
  });
});

describe('Vietnamese text', () => {
  it('comes out composed (NFC) even from decomposed (NFD) input', async () => {
    const nfd = (s: string) => s.normalize('NFD');
    const dossier: Dossier = {
      ...BIRTH,
      applicant: { name: nfd('Nguyễn Thị Hương'), gender: 'female' },
      child: { name: nfd('Đặng Quỳnh Anh'), birthDate: '2026-02-20' },
    };
    const office = { ...OFFICE, communeName: nfd('xã Tân Phú'), leaderName: nfd('Lê Văn Bình') };
    expect(dossier.applicant.name).toMatch(COMBINING_MARK);
    const printed = text(save(await renderLetterPdf('birth-congratulation', dossier, office, { date: TODAY })));
    expect(printed).toContain('Bà Nguyễn Thị Hương');
    expect(printed).toContain('cháu Đặng Quỳnh Anh');
    expect(printed).toContain('XÃ TÂN PHÚ');
    expect(printed).toContain('Lê Văn Bình');
    expect(printed).not.toMatch(COMBINING_MARK);
  });

  it.each([
    ['ươ ưở ự ỹ ẵ ậ ễ ộ ở ợ ủ đ Đ Ỷ Ỳ Ỹ', 'Ươ Ưở Ự Ỹ Ẵ Ậ Ễ Ộ Ở Ợ Ủ Đ Đ Ỷ Ỳ Ỹ'],
    ['HOÀNG THỊ THÚY', 'Hoàng Thị Thúy'],
    ['hoàng thị thúy', 'Hoàng Thị Thúy'],
  ])('prints the name “%s” whole', async (name, printedName) => {
    const dossier: Dossier = { ...BIRTH, child: { name, birthDate: '2026-02-20' } };
    expect(text(save(await renderLetterPdf('birth-congratulation', dossier, OFFICE, { date: TODAY })))).toContain(
      `cháu ${printedName}`,
    );
  });

  it('refuses a character the font lacks instead of cutting the line there', async () => {
    const dossier: Dossier = { ...BIRTH, child: { name: 'Trần 漢 Khôi', birthDate: '2026-02-20' } };
    await expect(renderLetterPdf('birth-congratulation', dossier, OFFICE, { date: TODAY })).rejects.toThrow(
      /không có ký tự “漢” \(U\+6F22\)/,
    );
  });
});

describe('missing fields', () => {
  it('rejects a letter with what is missing, in Vietnamese', async () => {
    const dossier: Dossier = { ...BIRTH, child: { name: ' ' } };
    const rendering = renderLetterPdf('birth-congratulation', dossier, { ...OFFICE, leaderName: '' }, { date: TODAY });
    await expect(rendering).rejects.toThrow(MissingFieldsError);
    await expect(rendering).rejects.toThrow(
      'Thiếu thông tin để in thư: Họ tên người ký; Họ tên của trẻ; Ngày sinh của trẻ.',
    );
  });

  it('asks for the apology’s reason and new date', async () => {
    await expect(renderLetterPdf('apology', LATE, OFFICE, { date: TODAY })).rejects.toThrow(
      'Thiếu thông tin để in thư: Số phiếu (cấp khi in); Lý do trễ hẹn; Ngày hẹn trả kết quả mới.',
    );
  });
});

describe('renderLettersPdf', () => {
  const request = (kind: LetterKind, dossier: Dossier | null, options: LetterOptions): LetterRequest => ({
    kind,
    dossier,
    office: OFFICE,
    options,
  });

  it('prints letters on consecutive pages of one PDF, enclosures unnumbered', async () => {
    const file = save(
      await renderLettersPdf(LETTERS.map(([kind, dossier, options]) => request(kind, dossier, options))),
    );
    expect(info(file)).toMatch(/Pages:\s+7\n/);
    expect(info(file)).toMatch(/Title:\s+Thư và phiếu \(5\)/);
    const pages = text(file).split('\f');
    const first = /THƯ CHÚC MỪNG|THƯ CHIA BUỒN|PHIẾU XIN LỖI|GIẤY CẢM ƠN|TIÊU CHÍ XÂY DỰNG|NẾP SỐNG VĂN MINH|^\d+\n/;
    expect(pages.map((page) => page.match(first)?.[0])).toEqual([
      'THƯ CHÚC MỪNG',
      'THƯ CHÚC MỪNG',
      'TIÊU CHÍ XÂY DỰNG',
      'THƯ CHIA BUỒN',
      'NẾP SỐNG VĂN MINH',
      'PHIẾU XIN LỖI',
      'GIẤY CẢM ƠN',
      undefined,
    ]);
  });

  it('prints fifty letters with each font embedded once, well under fifty single letters', async () => {
    const batch = Array.from({ length: 50 }, (_, i) =>
      request(
        'birth-congratulation',
        { ...BIRTH, child: { name: `Trần Minh Khôi ${i + 1}`, birthDate: '2026-02-20' } },
        { date: TODAY },
      ),
    );
    const pdf = await renderLettersPdf(batch);
    const file = save(pdf);
    expect(info(file)).toMatch(/Pages:\s+50\n/);
    expect(info(file)).toMatch(/Title:\s+Thư chúc mừng khai sinh \(50 thư\)/);
    expect(fonts(file).length).toBeLessThanOrEqual(4);
    expect(text(file)).toContain('cháu Trần Minh Khôi 50');
    expect(pdf.length).toBeLessThan(400 * 1024);
  });

  it('names every letter that cannot be printed, and prints none', async () => {
    const batch = [
      request('birth-congratulation', BIRTH, { date: TODAY }),
      request('apology', LATE, { date: TODAY }),
      request('thank-you', null, { date: TODAY }),
    ];
    const error = await renderLettersPdf(batch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LetterBatchError);
    expect((error as LetterBatchError).problems.map((p) => [p.index, p.kind, p.missing.length])).toEqual([
      [1, 'apology', 3],
      [2, 'thank-you', 2],
    ]);
    expect((error as Error).message).toBe('2 thư chưa đủ thông tin để in: thư số 2, thư số 3.');
  });

  it('refuses an empty batch', async () => {
    await expect(renderLettersPdf([])).rejects.toThrow(RangeError);
  });
});
