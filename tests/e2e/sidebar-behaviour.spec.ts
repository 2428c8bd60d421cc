import { CATALOG } from '../portal/catalog.mjs';
import { expect, test } from './fixtures';
import { SidebarPage } from './sidebar-page';

const withDueDate = CATALOG.find((e) => e.expected && e.expected.dueOffsetDays !== undefined);
const withoutDueDate = CATALOG.find((e) => e.expected && e.expected.dueOffsetDays === undefined);
if (!withDueDate || !withoutDueDate) throw new Error('the demo portal needs pages with and without a due date');

test('collapsing is remembered across pages, and the keyboard can do it', async ({ page, portalUrl }) => {
  const sidebar = await SidebarPage.open(page, portalUrl + withDueDate.path);
  await expect(sidebar.root).toHaveAttribute('data-state', 'expanded');
  await sidebar.root.getByRole('button', { name: 'Thu gọn' }).focus();
  await page.keyboard.press('Enter');
  await expect(sidebar.root).toHaveAttribute('data-state', 'collapsed');

  await page.reload();
  await expect(sidebar.root).toHaveAttribute('data-state', 'collapsed');
  await sidebar.root.getByRole('button', { name: /Mở trợ lý/ }).click();
  await expect(sidebar.root).toHaveAttribute('data-state', 'expanded');
});

test('the toolbar button folds and reopens the sidebar', async ({ page, portalUrl, serviceWorker }) => {
  const sidebar = await SidebarPage.open(page, portalUrl + withDueDate.path);
  await expect(sidebar.root).toHaveAttribute('data-state', 'expanded');
  await sidebar.clickToolbarButton(serviceWorker);
  await expect(sidebar.root).toHaveAttribute('data-state', 'collapsed');
  await sidebar.clickToolbarButton(serviceWorker);
  await expect(sidebar.root).toHaveAttribute('data-state', 'expanded');
});

test('a due date entered by hand is kept for that dossier in this session', async ({ page, portalUrl }) => {
  const sidebar = await SidebarPage.open(page, portalUrl + withoutDueDate.path);
  await expect(sidebar.root.getByTestId('missing-fields').locator('[data-field="dueAt"]')).toBeVisible();

  await sidebar.manualEntry.getByLabel('Ngày hẹn trả').fill('15/01/2030');
  await sidebar.manualEntry.getByRole('button', { name: 'Lưu' }).click();
  await expect(sidebar.manualEntry.getByRole('status')).toContainText('Đã lưu');
  await expect(sidebar.due).toHaveAttribute('datetime', '2030-01-15');

  await page.reload();
  await expect(sidebar.due).toHaveAttribute('datetime', '2030-01-15');
  await expect(sidebar.root.getByTestId('missing-fields').locator('[data-field="dueAt"]')).toHaveCount(0);

  await sidebar.manualEntry.getByRole('button', { name: 'Xóa phần nhập tay' }).click();
  await expect(sidebar.root.getByTestId('missing-fields').locator('[data-field="dueAt"]')).toBeVisible();
});

test('the sidebar leaves the page layout alone', async ({ page, portalUrl }) => {
  await page.goto(portalUrl + withDueDate.path);
  await expect(new SidebarPage(page).root).toBeVisible();
  const layout = await page.evaluate(() => {
    const host = document.querySelector('mctt-sidebar')?.getBoundingClientRect();
    return {
      hostArea: host ? host.width * host.height : -1,
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    };
  });
  // The host takes no room in the page flow; the page reflows beside the panel (see docking.spec.ts) and never
  // gains a horizontal scroll bar for it.
  expect(layout.hostArea).toBe(0);
  expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
});
