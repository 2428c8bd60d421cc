import { expect, test } from './fixtures';
import { writeSettings } from './office';
import { downloadPdf, printPageFrom } from './print-page';
import { SidebarPage } from './sidebar-page';

test('from a list page, the chosen letters print as one PDF; those lacking data are listed instead', async ({
  context,
  page,
  portalUrl,
  serviceWorker,
}) => {
  await writeSettings(serviceWorker, {});
  // The marriage dossier is read whole on its own page first; the death dossier is not.
  await page.goto(`${portalUrl}/hotich/ket-hon/chi-tiet/2022`);
  const sidebar = new SidebarPage(page);
  await expect(sidebar.code).toContainText('0022');

  await page.goto(`${portalUrl}/hotich/tra-cuu`);
  await expect(sidebar.root.getByTestId('list-count')).toHaveText('4');
  const batch = sidebar.root.getByTestId('batch-letters');
  await batch.locator('summary').click();
  const marriage = batch.locator('input[data-kind="marriage-congratulation"]');
  await expect(marriage).toHaveAttribute('data-code', /-0022$/);
  await expect(batch.getByTestId('batch-blocked')).toContainText('Họ tên người đã mất');
  await expect(batch.locator('input[data-kind="apology"]')).toHaveCount(0);

  await batch.getByTestId('batch-reason').fill('Chờ trích lục từ Sở Tư pháp');
  await expect(batch.locator('input[data-kind="apology"]')).toHaveAttribute('data-code', /-0024$/);
  await batch.getByTestId('batch-all').check();
  await expect(batch.getByTestId('batch-print')).toHaveText(/In 2 thư/);

  const print = await printPageFrom(context, () => batch.getByTestId('batch-print').click());
  await expect(print.getByTestId('print-ready')).toHaveAttribute('data-letters', '2');
  const pdf = await downloadPdf(print);
  expect(pdf.info).toMatch(/Pages:\s+[2-9]/);
  expect(pdf.text).toContain('Huỳnh Thị Thu Trang');
  expect(pdf.text).toContain('Mai Thị Thơm');
  expect(pdf.text).toContain('Chờ trích lục từ Sở Tư pháp');
});
