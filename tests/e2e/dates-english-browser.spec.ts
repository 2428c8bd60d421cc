import { CATALOG } from '../portal/catalog.mjs';
import { expect, test } from './fixtures';
import { openAsOffice } from './office';
import { OptionsPage } from './options-page';
import { downloadPdf } from './print-page';
import { SidebarPage } from './sidebar-page';

const withoutDueDate = CATALOG.find((e) => e.expected && e.expected.dueOffsetDays === undefined);

// An officer whose browser is in English: a native date input would show and expect mm/dd/yyyy there.
test.use({ browserLocale: 'en-US' });

interface ChromeStorage {
  storage: { local: { get(key: string): Promise<Record<string, { deadline: { extraDaysOff: string[] } }>> } };
}

test('extra days off are typed dd/mm/yyyy in an English-language browser; a wrong date says why in Vietnamese', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const { page } = await OptionsPage.open(context, extensionId, 'deadline');
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  const daysOff = page.getByTestId('extra-days-off');
  const field = daysOff.getByLabel('Thêm ngày');
  await expect(field).toHaveAttribute('placeholder', 'dd/mm/yyyy');

  await field.fill('31/12/2026');
  await daysOff.getByRole('button', { name: 'Thêm' }).click();
  await expect(daysOff.locator('[data-day="2026-12-31"]')).toContainText('31/12/2026');
  const stored = await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeStorage };
    return (await chrome.storage.local.get('settings')).settings?.deadline.extraDaysOff;
  });
  expect(stored).toEqual(['2026-12-31']);

  // Month first, as an English browser would have it: refused, with the reason.
  await field.fill('12/31/2026');
  await daysOff.getByRole('button', { name: 'Thêm' }).click();
  await expect(daysOff.getByTestId('date-error')).toHaveText('Không có tháng 31: tháng từ 1 đến 12.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('29/02/2027');
  await field.blur();
  await expect(daysOff.getByTestId('date-error')).toHaveText('Không có ngày 29/02/2027: tháng 2 năm 2027 có 28 ngày.');
  await field.fill('01/05/2027');
  await expect(daysOff.getByTestId('date-error')).toHaveCount(0);
  await daysOff.getByRole('button', { name: 'Thêm' }).click();
  await expect(daysOff.locator('li[data-day]')).toHaveText([/31\/12\/2026/, /01\/05\/2027/]);

  // Make-up working days take the same field.
  const workingDays = page.getByTestId('extra-working-days');
  await workingDays.getByLabel('Thêm ngày').fill('9/1/2027');
  await workingDays.getByRole('button', { name: 'Thêm' }).click();
  await expect(workingDays.locator('[data-day="2027-01-09"]')).toContainText('09/01/2027');
});

test('the sidebar’s manual entry takes dd/mm/yyyy in an English-language browser and refuses a wrong date', async ({
  page,
  portalUrl,
}) => {
  const sidebar = await SidebarPage.open(page, portalUrl + (withoutDueDate?.path ?? '/'));
  await expect(sidebar.root).toBeVisible();
  const due = sidebar.manualEntry.getByLabel('Ngày hẹn trả');
  await due.fill('31/11/2030');
  await sidebar.manualEntry.getByRole('button', { name: 'Lưu' }).click();
  await expect(sidebar.manualEntry.getByTestId('date-error')).toHaveText(
    'Không có ngày 31/11/2030: tháng 11 năm 2030 có 30 ngày.',
  );
  await expect(sidebar.manualEntry.getByRole('status')).toContainText('Có ngày chưa đúng');

  await due.fill('31/12/2030');
  await sidebar.manualEntry.getByRole('button', { name: 'Lưu' }).click();
  await expect(sidebar.manualEntry.getByRole('status')).toContainText('Đã lưu');
  await expect(sidebar.due).toHaveAttribute('datetime', '2030-12-31');
});

test('the thank-you form takes its date as dd/mm/yyyy in an English-language browser', async ({
  page,
  portalUrl,
  serviceWorker,
}) => {
  const sidebar = await openAsOffice(page, serviceWorker, `${portalUrl}/vi/dossier/processing/1012`);
  const form = await sidebar.openThankYouForm();
  await form.getByLabel('Tổ chức, doanh nghiệp').check();
  await form.getByLabel('Tên tổ chức').fill('Công ty TNHH Hưng Thịnh');
  await form.getByLabel(/Đã giúp đỡ địa phương việc gì/).fill('đã ủng hộ 50 bộ bàn ghế cho điểm trường thôn 3');
  const date = form.getByLabel('Ngày ghi trên giấy');
  await date.fill('2/13/2027');
  await form.getByRole('button', { name: 'Xem và in giấy cảm ơn' }).click();
  await expect(form.getByTestId('date-error')).toHaveText('Không có tháng 13: tháng từ 1 đến 12.');
  await date.fill('31/12/2026');
  await form.getByRole('button', { name: 'Xem và in giấy cảm ơn' }).click();
  await expect(form.getByTestId('print-ready')).toBeVisible({ timeout: 20_000 });
  const pdf = await downloadPdf(form);
  expect(pdf.text).toContain('ngày 31 tháng 12 năm 2026');
});
