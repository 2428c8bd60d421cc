import { yearsToCheck } from '../../utils/deadline';
import { OPTIONS_SECTION_IDS } from '../../utils/messaging/options-section-ids';
import { expect, test } from './fixtures';
import { OptionsPage } from './options-page';
import { SidebarPage } from './sidebar-page';

/** The id of the element that has the focus in a page. */
const focusedId = (page: import('@playwright/test').Page) => page.evaluate(() => document.activeElement?.id ?? '');

test('options.html#templates scrolls to and focuses that section; the menu reaches every section', async ({
  context,
  extensionId,
  clock,
}) => {
  const { page } = await OptionsPage.open(context, extensionId, 'templates');
  const templates = page.locator('#templates');
  await expect(templates).toBeFocused();
  await expect(templates).toBeInViewport();
  await expect(templates.getByTestId('letter-templates')).toBeVisible();

  const menu = page.getByTestId('section-menu');
  await expect(menu.getByRole('link', { name: 'Mẫu thư', exact: true })).toHaveAttribute('aria-current', 'location');
  // One link per section the page shows, in the page's order, each to its own address (the schedule section shows
  // while next year has no official holiday schedule, as on the suite's days).
  const links = menu.getByRole('link');
  const ids = OPTIONS_SECTION_IDS.filter((id) => id !== 'schedule' || yearsToCheck(clock.today).length > 0);
  await expect(links).toHaveCount(ids.length);
  expect(await page.locator('main section.opt-section').evaluateAll((all) => all.map((s) => s.id))).toEqual(ids);
  for (const [i, id] of [...ids.entries()].reverse()) {
    await links.nth(i).click();
    await expect(page.locator(`#${id}`)).toBeFocused();
    await expect(page.locator(`#${id}`)).toBeInViewport();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
  }
  // The sections main gained, by name: what each address holds.
  const named: Array<[name: string, id: string, testId: string]> = [
    ['Báo cáo tháng', 'report', 'monthly-report'],
    ['Tổng hợp báo cáo của xã', 'commune-report', 'commune-report'],
    ['Xuất sổ theo dõi của bàn', 'desk-export', 'desk-export'],
    ['Cách đọc cổng đã dạy', 'recipes', 'recipes'],
    ['Lời “4 xin, 4 luôn, 5 không”', 'plan', 'plan-words-settings'],
    ['Quy định in thư', 'letter-rules', 'letter-rules'],
    ['Thông tin cơ quan', 'office', 'office-settings'],
    ['Xuất, nhập tệp cài đặt', 'import-export', 'import-export'],
    ['Cổng ngoài gov.vn', 'portals', 'added-portals'],
  ];
  for (const [name, id, testId] of named) {
    await menu.getByRole('link', { name, exact: true }).click();
    await expect(page.locator(`#${id}`)).toBeFocused();
    await expect(page.locator(`#${id}`).getByTestId(testId)).toBeVisible();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
  }
  // The same link again (no change of address) still brings the focus back to its section.
  await page.getByLabel('Tên xã/phường').focus();
  await menu.getByRole('link', { name: 'Cổng ngoài gov.vn', exact: true }).click();
  await expect(page.locator('#portals')).toBeFocused();
  // From the keyboard: Tab into the menu, Enter on a link.
  await menu.getByRole('link', { name: 'Lời nói với người dân', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#scripts')).toBeFocused();
});

test('the sidebar’s office link opens the options page at #office, reusing an open options tab', async ({
  context,
  page,
  portalUrl,
  extensionId,
}) => {
  const sidebar = await SidebarPage.open(page, `${portalUrl}/vi/dossier/search/1013`);
  const officeLink = sidebar.root
    .locator('[data-testid="letter-missing"][data-kind="marriage-congratulation"]')
    .getByRole('button', { name: 'Nhập thông tin cơ quan trong Cài đặt' });

  // No options tab yet: one opens, at the office section, with the focus there.
  const options = await sidebar.tabOpenedBy(officeLink);
  await options.waitForURL(`chrome-extension://${extensionId}/options.html#office`);
  await expect(options.locator('#office')).toBeFocused();
  await expect(options.getByTestId('office-settings')).toBeInViewport();

  // The officer scrolls elsewhere, goes back to the portal and clicks again: the same tab comes back to #office.
  await options.getByTestId('section-menu').getByRole('link', { name: 'Báo cáo tháng', exact: true }).click();
  await expect(options.locator('#report')).toBeFocused();
  await page.bringToFront();
  const pagesBefore = context.pages().length;
  await officeLink.click();
  await expect.poll(() => options.url()).toBe(`chrome-extension://${extensionId}/options.html#office`);
  await expect.poll(() => focusedId(options)).toBe('office');
  expect(context.pages()).toHaveLength(pagesBefore);
});
