import { expect, test } from './fixtures';
import { openAsOffice } from './office';
import { SidebarPage } from './sidebar-page';
import { shownDay, writtenDay } from './vn-date';

/** Every "ngày … tháng … năm …" of a letter in Decree 30's one form; no bare or timed day. */
function expectOneDateForm(text: string) {
  const dates = [...text.matchAll(/ngày (\d+) tháng (\d+) năm \d{4}/g)];
  expect(dates.length).toBeGreaterThan(0);
  for (const [, day, month] of dates) {
    expect(day).toMatch(/^\d\d$/);
    expect(month).toMatch(Number(month) <= 2 ? /^0[12]$/ : /^([3-9]|1[0-2])$/);
  }
  expect(text).not.toMatch(/ngày \.|ngày \d{1,2}:\d\d|ngày \d{1,2}\/\d/);
}

test('a marriage letter names the registration day, asked for while the dossier is processed', async ({
  page,
  portalUrl,
  serviceWorker,
  clock,
}) => {
  const sidebar = await openAsOffice(page, serviceWorker, `${portalUrl}/vi/dossier/search/1013`);
  const button = sidebar.letterButton('marriage-congratulation');
  await expect(button).toBeDisabled();
  await expect(
    sidebar.root.locator('[data-testid="letter-missing"][data-kind="marriage-congratulation"]'),
  ).toContainText('Ngày đăng ký kết hôn');

  const planned = clock.day(2);
  await sidebar.root.getByTestId('registration-day-input').fill(shownDay(planned));
  await expect(sidebar.root.getByTestId('registration-day')).toHaveAttribute('data-date', planned);
  await expect(button).toBeEnabled();
  const pdf = await sidebar.readLetter('marriage-congratulation');
  expect(pdf.text).toContain(`đăng ký kết hôn ${writtenDay(planned)}`);
  // Printed ahead for the handover, the letter is dated on the registration day.
  expect(pdf.text).toContain(`Tân Phú, ${writtenDay(planned)}`);
  expect(pdf.text).not.toContain(writtenDay(clock.day(-3)));
  expect(pdf.text).not.toMatch(/trao tận tay|chứng kiến|buổi lễ|cô dâu|chú rể|món quà/);
  expect(pdf.text).toContain('Trích Quyết định số 224/QĐ-BVHTTDL ngày 28 tháng 01 năm 2022');
  expectOneDateForm(pdf.text);
});

test('a marriage whose result is ready is dated today', async ({ page, portalUrl, serviceWorker, clock }) => {
  const sidebar = await openAsOffice(page, serviceWorker, `${portalUrl}/hotich/ket-hon/chi-tiet/2022`);
  await expect(sidebar.root.getByTestId('registration-day')).toHaveAttribute('data-source', '');
  await sidebar.enterByHand({ 'Trạng thái': 'Đã có kết quả' });
  const day = sidebar.root.getByTestId('registration-day');
  await expect(day).toHaveAttribute('data-source', 'today');
  await expect(day).toHaveAttribute('data-date', clock.today);
  await expect(sidebar.letterButton('marriage-congratulation')).toBeEnabled();
});

test('no letter for a copy of a birth record, and the sidebar says why', async ({ page, portalUrl }) => {
  const sidebar = await SidebarPage.open(page, `${portalUrl}/vi/dossier/processing/1016`);
  await expect(sidebar.code).toContainText('0016');
  await expect(sidebar.letterUnavailable('birth-congratulation')).toContainText('bản sao, trích lục');
  await expect(sidebar.letterUnavailable('birth-congratulation')).toContainText('không phải sự kiện mới');
  await expect(sidebar.letterButton('birth-congratulation')).toHaveCount(0);
});

test('the honorific is guessed from the name, shown as a guess, and the officer’s correction wins', async ({
  page,
  portalUrl,
  serviceWorker,
}) => {
  // Prints several letters and reads each back.
  test.setTimeout(120_000);
  const sidebar = await openAsOffice(page, serviceWorker, `${portalUrl}/spa/ho-so/3001`);
  const honorific = sidebar.root.getByTestId('applicant-honorific');
  await expect(honorific).toHaveAttribute('data-source', 'name');
  await expect(honorific).toHaveAttribute('data-honorific', 'bà');
  await expect(honorific).toContainText('đoán theo tên đệm');

  const letter = await sidebar.readLetter('birth-congratulation');
  expect(letter.text).toContain('Kính gửi: Bà Lý Thị Kim Oanh và gia đình');
  expect(letter.text).not.toMatch(/ông\/bà|Ông\/bà/);
  // Two header lines, never splitting the commune's name; one date form.
  expect(letter.layout).toMatch(/^\s*ỦY BAN NHÂN DÂN\s{2,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/m);
  expect(letter.layout).toMatch(/^\s*XÃ TÂN PHÚ\s{2,}Độc lập - Tự do - Hạnh phúc/m);
  expectOneDateForm(letter.text);

  await sidebar.enterByHand({ 'Giới tính người nộp (để xưng ông/bà)': 'Nam' });
  await expect(honorific).toHaveAttribute('data-source', 'given');
  await expect(honorific).toHaveAttribute('data-honorific', 'ông');
  const corrected = await sidebar.readLetter('birth-congratulation');
  expect(corrected.text).toContain('Kính gửi: Ông Lý Thị Kim Oanh và gia đình');
});
