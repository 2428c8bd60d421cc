import { expect, test } from './fixtures';
import { openAsOffice } from './office';
import { downloadPdf } from './print-page';
import { shownDay } from './vn-date';

test('from a list page, the chosen letters print as one PDF, each slip with its own reason and number', async ({
  page,
  portalUrl,
  serviceWorker,
  clock,
}) => {
  // The marriage dossier is read whole on its own page first, with its planned registration day; the death is not.
  const sidebar = await openAsOffice(page, serviceWorker, `${portalUrl}/hotich/ket-hon/chi-tiet/2022`);
  await expect(sidebar.code).toContainText('0022');
  await sidebar.root.getByTestId('registration-day-input').fill(shownDay(clock.day(3)));
  await expect(sidebar.root.getByTestId('registration-day')).toHaveAttribute('data-source', 'entered');

  await page.goto(`${portalUrl}/hotich/tra-cuu`);
  await expect(sidebar.root.getByTestId('list-count')).toHaveText('4');
  const batch = sidebar.root.getByTestId('batch-letters');
  await batch.locator('summary').click();
  const marriage = batch.locator('input[data-kind="marriage-congratulation"]');
  await expect(marriage).toHaveAttribute('data-code', /-0022$/);
  await expect(batch.getByTestId('batch-blocked')).toContainText('Họ tên người đã mất');
  // No birth letter for a re-registration; no slip for the dossier whose result is ready.
  await expect(batch.locator('input[data-kind="birth-congratulation"]')).toHaveCount(0);
  await expect(batch.locator('input[data-kind="apology"][data-code$="-0023"]')).toHaveCount(0);

  // Late (0024) and due today (0021): each slip waits for its own reason.
  const late = batch.locator('input[data-kind="apology"][data-code$="-0024"]');
  const today = batch.locator('input[data-kind="apology"][data-code$="-0021"]');
  await expect(late).toBeDisabled();
  await batch.locator('[data-testid="batch-reason"][data-code$="-0024"]').fill('Chờ trích lục từ Sở Tư pháp');
  await batch.locator('[data-testid="batch-reason"][data-code$="-0021"]').fill('Chờ xác minh nơi cư trú');
  await expect(late).toBeEnabled();
  await expect(today).toBeEnabled();
  await batch.getByTestId('batch-all').check();
  await expect(batch.getByTestId('batch-print')).toHaveText(/In 3 thư/);

  const print = await sidebar.printFrom(batch.getByTestId('batch-print'));
  await expect(print.getByTestId('print-ready')).toHaveAttribute('data-letters', '3');
  const pdf = await downloadPdf(print);
  expect(pdf.text).toContain('Huỳnh Thị Thu Trang');
  expect(pdf.text).toContain('Mai Thị Thơm');
  expect(pdf.text).toContain('Lý do: Chờ trích lục từ Sở Tư pháp.');
  expect(pdf.text).toContain('Lý do: Chờ xác minh nơi cư trú.');
  expect(pdf.text).toContain('Số: 1/PXL-UBND');
  expect(pdf.text).toContain('Số: 2/PXL-UBND');
});
