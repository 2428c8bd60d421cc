import { PLAN_WORDS } from '../../templates/plan-words';
import { HOTLINE_BOARD_LINES, SLOGAN_BOARD_LINES } from '../../utils/posters/test-fixtures';
import { decodePdfQrCodes } from '../qr/read-qr';
import { TEST_DESK_SCREEN } from './desk-page';
import { expect, test } from './fixtures';
import { writeSettings } from './office';
import { OptionsPage } from './options-page';
import { readPdf } from './print-page';

const PROCEDURES = [
  { name: 'Đăng ký khai sinh', url: 'https://xatanphu.dongnai.gov.vn/thu-tuc/dang-ky-khai-sinh' },
  { name: 'Đăng ký kết hôn', url: 'https://xatanphu.dongnai.gov.vn/thu-tuc/dang-ky-ket-hon' },
];

/** "Tạo bản in" then "Tải PDF" for one board of the options page: the file, its text and its QR codes. */
async function printPoster(options: OptionsPage, kind: string) {
  const row = options.page.locator(`[data-testid="poster"][data-kind="${kind}"]`);
  await row.getByTestId('poster-make').click();
  await expect(row.getByTestId('poster-download')).toBeVisible({ timeout: 30_000 });
  const downloading = options.page.waitForEvent('download');
  await row.getByTestId('poster-download').click();
  const download = await downloading;
  const file = (await download.path()) ?? '';
  const pdf = await readPdf(download);
  const pages = Number(/Pages:\s+(\d+)/.exec(pdf.info)?.[1]);
  const codes = Array.from({ length: pages }, (_, i) => decodePdfQrCodes(file, i + 1)).flat();
  return { ...pdf, pages, codes, fileName: download.suggestedFilename() };
}

test('a team lead lists procedures and prints the three boards; every line and every QR code reads back', async ({
  context,
  serviceWorker,
  extensionId,
  clock,
}) => {
  test.setTimeout(120_000);
  await writeSettings(serviceWorker, { deskScreen: { ...TEST_DESK_SCREEN, procedures: PROCEDURES.slice(0, 1) } });
  const options = await OptionsPage.open(context, extensionId);
  const list = options.page.getByTestId('procedure-list');

  // A link that is not a web address is refused, in Vietnamese, and nothing is added.
  await list.getByLabel('Tên thủ tục').fill(PROCEDURES[1]?.name ?? '');
  await list.getByLabel('Đường dẫn trang hướng dẫn thủ tục').fill('xatanphu/ket-hon');
  await list.getByRole('button', { name: 'Thêm thủ tục' }).click();
  await expect(list.getByRole('alert')).toContainText('phải là địa chỉ web đầy đủ, bắt đầu bằng https://');
  await expect(list.getByTestId('procedure-item')).toHaveCount(1);
  await list.getByLabel('Đường dẫn trang hướng dẫn thủ tục').fill(PROCEDURES[1]?.url ?? '');
  await list.getByRole('button', { name: 'Thêm thủ tục' }).click();
  await expect(list.getByTestId('procedure-item')).toHaveCount(2);

  const slogans = await printPoster(options, 'slogans');
  expect(slogans.info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  expect(slogans.pages).toBe(1);
  expect(slogans.fileName).toBe(`bang-khau-hieu-${clock.today}.pdf`);
  expect(slogans.fonts).toMatch(/Tinos/);
  for (const line of SLOGAN_BOARD_LINES) expect(slogans.text).toContain(line);

  const hotlines = await printPoster(options, 'hotlines');
  for (const line of HOTLINE_BOARD_LINES) expect(hotlines.text).toContain(line);
  expect(hotlines.codes).toEqual(['https://zalo.me/1234567890']);

  const procedures = await printPoster(options, 'procedures');
  expect(procedures.text).toContain('THỦ TỤC HÀNH CHÍNH');
  PROCEDURES.forEach(({ name, url }, i) => {
    expect(procedures.text).toContain(`${i + 1}. ${name}`);
    expect(procedures.text.replace(/\s+/g, '')).toContain(url);
  });
  expect(procedures.codes).toEqual([
    ...PROCEDURES.map((p) => p.url),
    'https://zalo.me/1234567890',
    'https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html',
  ]);
});

test('the slogan board prints the plan’s words as the team lead set them in the plan’s section', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(90_000);
  await writeSettings(serviceWorker, { deskScreen: TEST_DESK_SCREEN });
  const options = await OptionsPage.open(context, extensionId);
  const fiveNevers = 'Không hách dịch; không vô cảm; không tham nhũng; không gian dối; không lợi dụng chức vụ.';
  await options.page.getByTestId('plan-words-settings').getByLabel('“5 không”').fill(fiveNevers);
  const slogans = await printPoster(options, 'slogans');
  expect(slogans.text).toContain(fiveNevers);
  expect(slogans.text).not.toContain(PLAN_WORDS.fiveNevers);
  expect(slogans.text).toContain(PLAN_WORDS.fourAsks);
});

test('a board that lacks something says what, in Vietnamese, instead of printing', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await writeSettings(serviceWorker, { deskScreen: { ...TEST_DESK_SCREEN, procedures: [] } });
  const options = await OptionsPage.open(context, extensionId);
  const row = options.page.locator('[data-testid="poster"][data-kind="procedures"]');
  await expect(row.getByTestId('poster-missing')).toHaveText(
    'Chưa in được, còn thiếu: Ít nhất một thủ tục niêm yết (tên và đường dẫn).',
  );
  await expect(row.getByTestId('poster-make')).toHaveCount(0);
});
