import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_DESK_SCREEN } from '../../templates/desk-screen';
import { PLAN_MOTTO, PLAN_WORDS } from '../../templates/plan-words';
import { decodePdfQrCodes } from '../../tests/qr/read-qr';
import { pdfFolder, poppler, words } from '../../tests/unit/poppler';
import { subsetFontSource } from '../letters/font-subset';
import { setFontSource } from '../letters/fonts';
import { renderDocumentPdf } from '../letters/render';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { POSTER_KINDS, type PosterKind, posterDocument, posterProblems } from './posters';
import { HOTLINE_BOARD_LINES, SLOGAN_BOARD_LINES, TAN_PHU_DESK_SCREEN } from './test-fixtures';

setFontSource(subsetFontSource);

// Read back as a printer would: poppler's text for every line, its rendering for every QR code.
vi.setConfig({ testTimeout: 60_000 });
const dir = pdfFolder('posters');

const MM = 72 / 25.4;
const PROCEDURES = [
  {
    name: 'Đăng ký khai sinh',
    url: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
  },
  { name: 'Đăng ký kết hôn', url: 'https://xatanphu.dongnai.gov.vn/thu-tuc/dang-ky-ket-hon' },
  { name: 'Đăng ký khai tử', url: 'https://xatanphu.dongnai.gov.vn/thu-tuc/dang-ky-khai-tu' },
  { name: 'Chứng thực bản sao từ bản chính', url: 'https://xatanphu.dongnai.gov.vn/thu-tuc/chung-thuc-ban-sao' },
  { name: 'Xác nhận tình trạng hôn nhân', url: 'https://xatanphu.dongnai.gov.vn/thu-tuc/xac-nhan-hon-nhan' },
  { name: 'Cấp bản sao trích lục hộ tịch', url: 'https://xatanphu.dongnai.gov.vn/thu-tuc/trich-luc' },
];

const SETTINGS: Settings = {
  ...structuredClone(DEFAULT_SETTINGS),
  office: {
    ...DEFAULT_SETTINGS.office,
    communeName: 'xã Tân Phú',
    province: 'tỉnh Đồng Nai',
    placeName: 'Tân Phú',
    phone: '0251 3861 234',
  },
  deskScreen: { ...TAN_PHU_DESK_SCREEN, procedures: PROCEDURES },
};

async function render(kind: PosterKind, settings: Settings = SETTINGS) {
  const file = join(dir, `${kind}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, await renderDocumentPdf(posterDocument(kind, settings), { title: kind }));
  const text = poppler('pdftotext', '-enc', 'UTF-8', file, '-');
  const info = poppler('pdfinfo', file);
  return { file, text, flat: text.replace(/\s+/g, ' '), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), info };
}

describe('posters', () => {
  it('the slogan board prints the plan’s words, every line, on one A4 sheet under Decree 30’s header', async () => {
    const { flat, text, pages, info } = await render('slogans');
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(pages).toBe(1);
    for (const line of SLOGAN_BOARD_LINES) expect(flat).toContain(line);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toMatch(/[\u0300-\u036f]/);
  });

  it('the slogan board prints the plan’s words as the settings’ plan section has them', async () => {
    const fourAsks = 'Xin chào, xin lỗi, xin cảm ơn, xin phép ạ.';
    const fiveNevers = 'Không hách dịch; không vô cảm; không tham nhũng; không gian dối; không lợi dụng chức vụ.';
    const { flat } = await render('slogans', { ...SETTINGS, plan: { ...PLAN_WORDS, fourAsks, fiveNevers } });
    for (const line of [fourAsks, PLAN_WORDS.fourAlways, fiveNevers]) expect(flat).toContain(line);
    expect(flat).not.toContain(PLAN_WORDS.fourAsks);
  });

  it('the hotline board prints each line and a Zalo code that reads back', async () => {
    const { file, flat, pages } = await render('hotlines');
    expect(pages).toBe(1);
    for (const line of [...HOTLINE_BOARD_LINES, 'Hỏi đáp qua Zalo: Bộ phận Một cửa xã Tân Phú'])
      expect(flat).toContain(line);
    expect(decodePdfQrCodes(file)).toEqual(['https://zalo.me/1234567890']);
  });

  it('the procedures board gives each procedure its name, its link and a QR code that reads back', async () => {
    const { file, flat, pages } = await render('procedures');
    expect(pages).toBe(2);
    const joined = flat.replace(/\s+/g, '');
    PROCEDURES.forEach(({ name, url }, i) => {
      expect(flat).toContain(`${i + 1}. ${name}`);
      expect(joined).toContain(url);
    });
    const codes = [...decodePdfQrCodes(file, 1), ...decodePdfQrCodes(file, 2)];
    expect(codes).toEqual([
      ...PROCEDURES.map((p) => p.url),
      'https://zalo.me/1234567890',
      'https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html',
    ]);
  });

  it('keeps every word within the margins (left 30 mm, right 15 mm, bottom 20 mm)', async () => {
    for (const kind of POSTER_KINDS) {
      const { file } = await render(kind);
      for (const { text, xMin, xMax, yMax } of words(file)) {
        expect(xMin, `${kind}: ${text}`).toBeGreaterThanOrEqual(30 * MM - 0.5);
        expect(xMax, `${kind}: ${text}`).toBeLessThanOrEqual(595.28 - 15 * MM + 0.5);
        expect(yMax, `${kind}: ${text}`).toBeLessThanOrEqual(841.89 - 20 * MM);
      }
    }
  });

  it('shrinks a long slogan board onto one sheet rather than spill onto a second', async () => {
    const long = Array.from({ length: 6 }, (_, i) => ({
      id: `s${i}`,
      title: `Khẩu hiệu ${i + 1}`,
      text: PLAN_WORDS.fiveNevers,
    }));
    const { pages, flat } = await render('slogans', {
      ...SETTINGS,
      deskScreen: { ...SETTINGS.deskScreen, slides: long },
    });
    expect(pages).toBe(1);
    expect(flat).toContain('KHẨU HIỆU 6');
  });

  it('prints decomposed (NFD) text with its diacritics in place', async () => {
    const nfd = { id: 'nfd', title: 'Lời chào', text: PLAN_MOTTO[1].normalize('NFD') };
    const { text } = await render('slogans', {
      ...SETTINGS,
      plan: { ...PLAN_WORDS, fourAsks: PLAN_WORDS.fourAsks.normalize('NFD') },
      deskScreen: { ...SETTINGS.deskScreen, slides: [DEFAULT_DESK_SCREEN.slides[0], nfd].flatMap((s) => s ?? []) },
    });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(PLAN_WORDS.fourAsks);
    expect(flat).toContain(PLAN_MOTTO[1]);
    expect(text).not.toMatch(/[\u0300-\u036f]/);
  });

  it('refuses a character the font lacks instead of printing a word without it', async () => {
    const slide = { id: 'x', title: '', text: 'Gọi ☎ 0912 345 678' };
    await expect(
      render('slogans', { ...SETTINGS, deskScreen: { ...SETTINGS.deskScreen, slides: [slide] } }),
    ).rejects.toThrow(/Phông chữ Tinos \(italic\) không có ký tự “☎”/);
  });
});

describe('posterProblems', () => {
  it('names what each board lacks, in Vietnamese', () => {
    const empty: Settings = {
      ...structuredClone(DEFAULT_SETTINGS),
      deskScreen: { ...DEFAULT_DESK_SCREEN, slides: DEFAULT_DESK_SCREEN.slides.map((s) => ({ ...s, disabled: true })) },
    };
    expect(posterProblems('slogans', empty).map((p) => p.label)).toEqual([
      'Tên xã/phường của cơ quan',
      'Ít nhất một khẩu hiệu đang bật',
    ]);
    expect(posterProblems('hotlines', empty).map((p) => p.label)).toContain('Ít nhất một số điện thoại đường dây nóng');
    expect(posterProblems('procedures', empty).map((p) => p.label)).toContain(
      'Ít nhất một thủ tục niêm yết (tên và đường dẫn)',
    );
    expect(() => posterDocument('hotlines', empty)).toThrow(/Ít nhất một số điện thoại/);
    for (const kind of POSTER_KINDS) expect(posterProblems(kind, SETTINGS)).toEqual([]);
  });
});
