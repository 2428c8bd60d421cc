import { hasOfficialSchedule } from '../../utils/deadline';
import { expect, test } from './fixtures';
import { OptionsPage } from './options-page';
import { SidebarPage } from './sidebar-page';

// A year without the government's announced schedule is reckoned by the law alone: the sidebar and the options say
// so, until a team lead has compared it with the announcement and marks it checked.

test('a due date in a year without an official schedule is flagged until a team lead marks the year checked', async ({
  page,
  portalUrl,
  extensionId,
  clock,
}) => {
  const year = Number(clock.today.slice(0, 4)) + 1;
  expect(hasOfficialSchedule(year)).toBe(false);
  const sidebar = await SidebarPage.open(page, `${portalUrl}/vi/dossier/processing/1015`);
  await sidebar.enterByHand({ 'Ngày hẹn trả': `${year}-01-15` });
  const notice = sidebar.root.locator(`[data-testid="calendar-unconfirmed"][data-year="${year}"]`);
  await expect(notice).toContainText(`Lịch nghỉ năm ${year} tính theo luật, chưa có thông báo chính thức`);

  // The notice's link opens the options page at the section that asks about the year.
  const link = sidebar.root.getByRole('button', { name: 'Mở mục lịch nghỉ trong Cài đặt' });
  const options = new OptionsPage(await sidebar.tabOpenedBy(link));
  await options.page.waitForURL(`chrome-extension://${extensionId}/options.html#schedule`);
  await expect(options.page.locator('#schedule')).toBeFocused();
  const years = options.page.getByTestId('schedule-years');
  await expect(years).toBeInViewport();
  await expect(years.locator(`[data-testid="calendar-unconfirmed"][data-year="${year}"]`)).toContainText(
    `Lịch nghỉ năm ${year} tính theo luật, chưa có thông báo chính thức`,
  );
  await years.getByLabel(`Đã đối chiếu lịch nghỉ năm ${year} với thông báo chính thức`).check();
  await expect(options.status).toHaveText('Đã lưu cài đặt.');
  await expect(years.locator(`[data-testid="calendar-unconfirmed"][data-year="${year}"]`)).toHaveCount(0);

  // The open portal tab follows the settings without a reload.
  await expect(notice).toHaveCount(0);
});
