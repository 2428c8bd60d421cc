import { createCalendar } from '../../utils/deadline';
import { expect, test } from './fixtures';
import { SidebarPage } from './sidebar-page';

test('the script card speaks to this citizen for this moment, and the “4 xin” ticks are kept', async ({
  page,
  portalUrl,
}) => {
  const sidebar = await SidebarPage.open(page, `${portalUrl}/vi/dossier/processing/1012`);
  const card = sidebar.root.getByTestId('script-card');
  await expect(card).toHaveAttribute('data-stage', 'processing');
  await expect(card.locator('[data-script="processing-update"] blockquote')).toContainText('Hồ sơ 000.17.22.H56-');
  await expect(card.locator('[data-script="processing-update"] blockquote')).toContainText('của ông Trần Văn Hùng');

  await card.getByLabel('Đã chào').check();
  await expect(card.getByLabel('Đã chào')).toBeChecked();
  await page.reload();
  await expect(sidebar.root.getByTestId('script-card').getByLabel('Đã chào')).toBeChecked();
  await expect(sidebar.root.getByTestId('script-card').getByLabel('Đã cảm ơn')).not.toBeChecked();
});

test('a late dossier gets the apology words with the new date', async ({ page, portalUrl, clock }) => {
  const sidebar = await SidebarPage.open(page, `${portalUrl}/vi/dossier/processing/1014`);
  const card = sidebar.root.getByTestId('script-card');
  await expect(card).toHaveAttribute('data-stage', 'overdue');
  const newDate = createCalendar().addWorkingDays(clock.today, 2);
  const shown = `${newDate.slice(8, 10)}/${newDate.slice(5, 7)}/${newDate.slice(0, 4)}`;
  await expect(card.locator('[data-script="overdue-apology"] blockquote')).toContainText(`xin lỗi bà Nguyễn Thị Mai`);
  await expect(card.locator('[data-script="overdue-apology"] blockquote')).toContainText(shown);
});
