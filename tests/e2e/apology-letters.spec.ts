import { createCalendar } from '../../utils/deadline';
import { expect, test } from './fixtures';
import { openAsOffice } from './office';
import { writtenDay } from './vn-date';

const calendar = createCalendar();

test('the apology slip is offered from one working day before the due date, numbered, and only once', async ({
  page,
  portalUrl,
  serviceWorker,
  clock,
}) => {
  // Prints several letters and reads each back.
  test.setTimeout(120_000);
  const sidebar = await openAsOffice(page, serviceWorker, `${portalUrl}/vi/dossier/processing/1012`);
  await expect(sidebar.code).toContainText('0012');
  const slipButton = sidebar.letterButton('apology');

  // Two working days ahead: not yet (the law asks for it at the latest one day before the due date).
  await sidebar.enterByHand({ 'Ngày hẹn trả': calendar.addWorkingDays(clock.today, 2) });
  await expect(sidebar.badge).toHaveAttribute('data-level', 'soon');
  await expect(slipButton).toHaveCount(0);
  await expect(sidebar.apologyPrompt).toHaveAttribute('data-state', 'not-yet');

  // One working day ahead: offered, with a new date counted from the due date.
  const due = calendar.addWorkingDays(clock.today, 1);
  await sidebar.enterByHand({ 'Ngày hẹn trả': due });
  await expect(sidebar.apologyPrompt).toHaveAttribute('data-state', 'offered');
  const newDate = calendar.addWorkingDays(due, 2);
  await expect(sidebar.apologyPrompt.getByTestId('proposed-return-date')).toHaveAttribute('data-date', newDate);
  await expect(slipButton).toBeDisabled();
  await sidebar.root.getByTestId('apology-reason').fill('Chờ kết quả xác minh nơi cư trú của người mẹ');
  await expect(slipButton).toBeEnabled();

  const slip = await sidebar.readLetter('apology');
  expect(slip.text).toContain('Số: 1/PXL-UBND');
  expect(slip.text).toContain('Lý do: Chờ kết quả xác minh nơi cư trú của người mẹ.');
  expect(slip.text).toContain(`Xin hẹn trả kết quả cho ông vào ${writtenDay(newDate)}`);
  expect(slip.text).toContain('chưa được giải quyết xong');
  expect(slip.layout).toMatch(/^\s*Số: 1\/PXL-UBND\s{2,}Tân Phú, ngày/m);

  // Entered in the register: shown with its number and new date, printed again only as the same slip.
  await expect(sidebar.apologyPrompt).toHaveAttribute('data-state', 'issued');
  await expect(sidebar.apologyPrompt).toHaveAttribute('data-number', '1/PXL-UBND');
  await expect(slipButton).toHaveCount(0);
  await page.reload();
  await expect(sidebar.apologyPrompt.getByTestId('apology-issued')).toContainText('1/PXL-UBND');
  await expect(sidebar.apologyPrompt.getByTestId('apology-issued')).toContainText('không lập phiếu thứ hai');
  const again = await sidebar.readPrintFrom(sidebar.apologyPrompt.getByTestId('apology-reprint'));
  expect(again.text).toContain('Số: 1/PXL-UBND');
  expect(again.text).toContain(writtenDay(newDate));

  // The next late dossier takes the next number of the year.
  await page.goto(`${portalUrl}/vi/dossier/processing/1014`);
  await expect(sidebar.apologyPrompt).toHaveAttribute('data-state', 'offered');
  await sidebar.root.getByTestId('apology-reason').fill('Chờ trích lục từ nơi đăng ký khai sinh');
  const next = await sidebar.readLetter('apology');
  expect(next.text).toContain('Số: 2/PXL-UBND');
  expect(next.text).toContain('Kính gửi: Bà Nguyễn Thị Mai');
});
