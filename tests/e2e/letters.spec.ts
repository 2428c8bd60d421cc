import { createCalendar } from '../../utils/deadline';
import { expect, test } from './fixtures';
import { openAsOffice, printBirthCongratulation } from './office';
import { downloadPdf } from './print-page';
import { SidebarPage } from './sidebar-page';
import { writtenDay } from './vn-date';

const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const COMBINING = /[\u0300-\u036f]/;

test('one click prints the birth congratulation as an A4 PDF with the names in NFC', async ({
  page,
  portalUrl,
  serviceWorker,
  clock,
}) => {
  const { print } = await printBirthCongratulation(page, serviceWorker, portalUrl);
  expect(print.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/print\.html#job=/);

  const pdf = await downloadPdf(print);
  expect(pdf.info).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
  expect(pdf.fonts).toMatch(/Tinos/);
  expect(pdf.fonts).toMatch(/yes\s+yes\s+yes/); // embedded, subset, unicode map
  expect(pdf.text).toContain(NATIONAL_TITLE);
  expect(pdf.text).toContain('Trần Minh Khôi');
  expect(pdf.text).toContain(`Tân Phú, ${writtenDay(clock.today)}`);
  expect(pdf.text).toContain('Lê Văn Bình');
  expect(pdf.text).not.toMatch(COMBINING);
  expect(pdf.text).not.toMatch(/undefined|\{\{/);
});

test('a birth registered after 60 days gets no letter, and the sidebar says why', async ({
  page,
  portalUrl,
  serviceWorker,
}) => {
  const sidebar = await openAsOffice(page, serviceWorker, `${portalUrl}/hotich/khai-sinh/chi-tiet/2021`);
  const why = sidebar.root.locator('[data-testid="letter-unavailable"][data-kind="birth-congratulation"]');
  // The reception day is the child's 75th: 15 days past the 60-day period, said in plain words.
  await expect(why).toContainText('Đăng ký sau 75 ngày, quá hạn');
  await expect(why).toContainText('không trao thư chúc mừng');
  await expect(sidebar.letterButton('birth-congratulation')).toHaveCount(0);
});

test('without the office profile a letter cannot be printed, and the sidebar lists what is missing', async ({
  page,
  portalUrl,
}) => {
  const sidebar = await SidebarPage.open(page, `${portalUrl}/vi/dossier/search/1013`);
  const button = sidebar.letterButton('marriage-congratulation');
  await expect(button).toBeDisabled();
  const missing = sidebar.root.locator('[data-testid="letter-missing"][data-kind="marriage-congratulation"]');
  await expect(missing).toContainText('Tên xã/phường của cơ quan');
  await expect(missing).toContainText('Họ tên người ký');
});

test('an overdue death: condolence letter, and the apology slip once the officer gives the reason', async ({
  page,
  portalUrl,
  serviceWorker,
  clock,
}) => {
  const sidebar = await openAsOffice(page, serviceWorker, `${portalUrl}/vi/dossier/processing/1014`);

  const letter = await sidebar.readLetter('condolence');
  expect(letter.text).toContain('Nguyễn Văn Tư');
  expect(letter.text).toMatch(/thường trú/);

  const slip = sidebar.letterButton('apology');
  await expect(slip).toBeDisabled();
  await expect(sidebar.root.locator('[data-testid="letter-missing"][data-kind="apology"]')).toContainText(
    'Lý do trễ hẹn',
  );
  await sidebar.root.getByTestId('apology-reason').fill('Chờ kết quả xác minh từ Công an xã');
  await expect(slip).toBeEnabled();
  const apology = await sidebar.readLetter('apology');
  const newDate = createCalendar().addWorkingDays(clock.today, 2);
  expect(apology.text).toContain('Chờ kết quả xác minh từ Công an xã');
  expect(apology.text).toContain(writtenDay(newDate));
  expect(apology.text).toContain('Nguyễn Thị Mai');
});

test('a thank-you certificate comes from a form, not a dossier', async ({ page, portalUrl, serviceWorker }) => {
  const sidebar = await openAsOffice(page, serviceWorker, `${portalUrl}/vi/dossier/processing/1012`);
  const form = await sidebar.openThankYouForm();
  await expect(form.getByTestId('thank-you-form')).toBeVisible();
  await form.getByRole('button', { name: 'Xem và in giấy cảm ơn' }).click();
  await expect(form.getByRole('alert')).toContainText('Tên người hoặc tổ chức được cảm ơn');

  await form.getByLabel('Tổ chức, doanh nghiệp').check();
  await form.getByLabel('Tên tổ chức').fill('Công ty TNHH Hưng Thịnh');
  await form.getByLabel(/Đã giúp đỡ địa phương việc gì/).fill('đã ủng hộ 50 bộ bàn ghế cho điểm trường thôn 3');
  await form.getByRole('button', { name: 'Xem và in giấy cảm ơn' }).click();
  await expect(form.getByTestId('print-ready')).toBeVisible({ timeout: 20_000 });
  const pdf = await downloadPdf(form);
  expect(pdf.text).toContain('Công ty TNHH Hưng Thịnh');
  expect(pdf.text).toContain('50 bộ bàn ghế');
});
