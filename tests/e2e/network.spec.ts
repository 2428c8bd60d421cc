import type { Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { writeSettings } from './office';
import { OptionsPage } from './options-page';
import { downloadPdf } from './print-page';
import { SidebarPage } from './sidebar-page';

// Citizen data never leaves the browser: while the extension works through the demo portal, every request must go
// to the portal itself (what the page asked for) or stay inside the extension.
test('the extension makes no request off the machine, nor to any host the page did not ask for', async ({
  context,
  page,
  portalUrl,
  extensionId,
  serviceWorker,
}) => {
  const requests: string[] = [];
  const record = (request: Request) => requests.push(request.url());
  context.on('request', record);

  await writeSettings(serviceWorker, {});
  const sidebar = new SidebarPage(page);
  for (const path of ['/vi/dossier/processing/1012', '/hotich/khai-tu/chi-tiet/2023', '/hostile', '/spa/ho-so/3001']) {
    await page.goto(portalUrl + path);
    await expect(sidebar.code).not.toBeEmpty();
  }
  // The print page: fonts, jsPDF and the PDF itself all come from the extension.
  await page.goto(`${portalUrl}/vi/dossier/processing/1012`);
  await downloadPdf(await sidebar.printLetter('birth-congratulation'));

  await sidebar.root.getByText('Sửa hoặc nhập thông tin bằng tay').click();
  await sidebar.manualEntry.getByLabel('Số điện thoại').fill('0900000000');
  await sidebar.manualEntry.getByRole('button', { name: 'Lưu' }).click();
  await page.goto(`${portalUrl}/vi/dossier/processing`);
  await expect(sidebar.root.getByTestId('list-count')).toHaveText('320');
  await sidebar.clickToolbarButton(serviceWorker);

  const { page: options } = await OptionsPage.open(context, extensionId);
  await options.getByLabel(/sắp đến hạn/).fill('3');
  await expect(options.getByTestId('options-status')).toHaveText('Đã lưu cài đặt.');

  // Extension files load from chrome-extension:// (web-accessible ones under a per-session dynamic id): in the browser.
  const portalOrigin = new URL(portalUrl).origin;
  const offending = requests.filter(
    (url) =>
      !url.startsWith(`${portalOrigin}/`) &&
      !url.startsWith('chrome-extension://') &&
      // The browser's own PDF viewer, showing the preview, loads its files from chrome://.
      !url.startsWith('chrome://resources/') &&
      !url.startsWith(`blob:chrome-extension://${extensionId}/`),
  );
  // The print page's work was seen: jsPDF's chunk and the fonts, from the extension itself.
  expect(requests.some((url) => url.startsWith(`chrome-extension://${extensionId}/chunks/pdf-`))).toBe(true);
  expect(requests.some((url) => url.startsWith(`chrome-extension://${extensionId}/`) && url.endsWith('.ttf'))).toBe(
    true,
  );
  expect(requests.length).toBeGreaterThan(5);
  expect(offending).toEqual([]);
});
