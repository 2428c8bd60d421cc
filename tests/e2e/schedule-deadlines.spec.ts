import { hasOfficialSchedule } from '../../utils/deadline';
import { expect, test } from './fixtures';
import { OptionsPage } from './options-page';
import { SidebarPage } from './sidebar-page';

// A year without the government's announced schedule is reckoned by the law alone: the sidebar and the options say
// so, until a team lead has compared it with the announcement and marks it checked.

test('a due date in a year without an official schedule is flagged until a team lead marks the year checked', async ({
  context,
  page,
  portalUrl,
  extensionId,
  clock,
}) => {
  const year = Number(clock.today.slice(0, 4)) + 1;
  expect(hasOfficialSchedule(year)).toBe(false);
  await page.goto(`${portalUrl}/vi/dossier/processing/1015`);
  const sidebar = new SidebarPage(page);
  await sidebar.enterByHand({ 'Ngày hẹn trả': `${year}-01-15` });
  const notice = sidebar.root.locator(`[data-testid="calendar-unconfirmed"][data-year="${year}"]`);
  await expect(notice).toContainText(`Lịch nghỉ năm ${year} tính theo luật, chưa có thông báo chính thức`);

  const options = await OptionsPage.open(context, extensionId);
  const years = options.page.getByTestId('schedule-years');
  await expect(years.locator(`[data-testid="calendar-unconfirmed"][data-year="${year}"]`)).toContainText(
    `Lịch nghỉ năm ${year} tính theo luật, chưa có thông báo chính thức`,
  );
  await years.getByLabel(`Đã đối chiếu lịch nghỉ năm ${year} với thông báo chính thức`).check();
  await expect(options.status).toHaveText('Đã lưu cài đặt.');
  await expect(years.locator(`[data-testid="calendar-unconfirmed"][data-year="${year}"]`)).toHaveCount(0);

  // The open portal tab follows the settings without a reload.
  await expect(notice).toHaveCount(0);
});
