import { seriousAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { printBirthCongratulation } from './office';
import { OptionsPage } from './options-page';
import { SidebarPage } from './sidebar-page';

const HOST = 'mctt-sidebar';

// axe walks every node and computes every colour: seconds of CPU per page on a busy two-core machine.
test.slow();

test('axe finds no serious or critical problem in the sidebar (dossier, overdue, list, folded)', async ({
  page,
  portalUrl,
}) => {
  // No office profile yet: the letter buttons are locked and list what is missing, with the link to the options.
  const sidebar = await SidebarPage.open(page, `${portalUrl}/vi/dossier/processing/1012`);
  await expect(sidebar.letterButton('birth-congratulation')).toBeVisible();
  expect(await seriousAxeViolations(page, HOST)).toEqual([]);

  await page.goto(`${portalUrl}/vi/dossier/processing/1014`);
  await expect(sidebar.root.getByTestId('apology-prompt')).toBeVisible();
  await sidebar.root.getByText('Sửa hoặc nhập thông tin bằng tay').click();
  await sidebar.manualEntry.getByLabel('Ngày hẹn trả').fill('31/02/2027');
  await sidebar.manualEntry.getByRole('button', { name: 'Lưu' }).click();
  await expect(sidebar.manualEntry.getByTestId('date-error')).toBeVisible();
  expect(await seriousAxeViolations(page, HOST)).toEqual([]);

  await page.goto(`${portalUrl}/vi/dossier/processing`);
  await expect(sidebar.root.getByTestId('list-summary')).toBeVisible();
  expect(await seriousAxeViolations(page, HOST)).toEqual([]);

  await sidebar.root.getByRole('button', { name: /Thu gọn/ }).click();
  await expect(sidebar.root).toHaveAttribute('data-state', 'collapsed');
  expect(await seriousAxeViolations(page, HOST)).toEqual([]);
});

test('axe finds no serious or critical problem in the options page', async ({ context, extensionId }) => {
  const { page } = await OptionsPage.open(context, extensionId, 'templates');
  await expect(page.getByTestId('letter-templates')).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  // With a menu open and a date refused.
  await page
    .getByTestId('letter-templates')
    .getByRole('button', { name: /Chèn trường/ })
    .first()
    .click();
  await expect(page.getByRole('menu')).toBeVisible();
  const daysOff = page.getByTestId('extra-days-off');
  await daysOff.getByLabel('Thêm ngày').fill('32/12/2026');
  await daysOff.getByRole('button', { name: 'Thêm' }).click();
  await expect(daysOff.getByTestId('date-error')).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('axe finds no serious or critical problem in the print page and its thank-you form', async ({
  page,
  portalUrl,
  serviceWorker,
}) => {
  const { sidebar, print } = await printBirthCongratulation(page, serviceWorker, portalUrl);
  expect(await seriousAxeViolations(print)).toEqual([]);

  const form = await sidebar.openThankYouForm();
  await form.getByRole('button', { name: 'Xem và in giấy cảm ơn' }).click();
  await expect(form.getByRole('alert')).toBeVisible();
  expect(await seriousAxeViolations(form)).toEqual([]);
});
