import { createCalendar, DEFAULT_THRESHOLDS, deadlineLevel } from '../../utils/deadline';
import { CATALOG } from '../portal/catalog.mjs';
import { listRows } from '../portal/render.mjs';
import { expect, test } from './fixtures';
import { OptionsPage } from './options-page';
import { SidebarPage } from './sidebar-page';
import type { TestClock } from './vn-date';

const calendar = createCalendar();
const levelIn = (clock: TestClock, dueOffsetDays: number, soonWorkingDays = DEFAULT_THRESHOLDS.soonWorkingDays) =>
  deadlineLevel(clock.day(dueOffsetDays), clock.now(), calendar, { soonWorkingDays }).level;

/**
 * What a list row is marked with: a dossier in the citizen's hands is `waiting` (no alarm), one whose result is
 * ready carries no mark; the others follow their return date.
 */
const rowMark = (clock: TestClock, row: { status: string; dueOffset: number }, soonWorkingDays?: number) =>
  row.status === 'Chờ bổ sung'
    ? 'waiting'
    : row.status === 'Đã có kết quả'
      ? null
      : levelIn(clock, row.dueOffset, soonWorkingDays);

interface ChromeAction {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}

async function badgeText(worker: import('@playwright/test').Worker, url: string) {
  return worker.evaluate(async (pageUrl) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeAction };
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === pageUrl);
    return tab?.id === undefined ? null : chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
}

test('list rows carry their level, the sidebar counts them and the toolbar badge shows the urgent ones', async ({
  page,
  portalUrl,
  serviceWorker,
  clock,
}) => {
  const entry = CATALOG.find((e) => e.file === 'igate-list.html');
  if (!entry?.list) throw new Error('catalog');
  const sidebar = await SidebarPage.open(page, portalUrl + entry.path);
  await expect(sidebar.root.getByTestId('list-count')).toHaveText(String(entry.list.rows));

  const rows = listRows(clock.today, entry.list.rows);
  const expected = rows.map((r) => rowMark(clock, r));
  const actual = await page
    .locator('tr.mat-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-mctt-level')));
  expect(actual).toEqual(expected);
  // Supplement and result-ready rows are never flagged overdue, however old their return date.
  expect(rows.some((r) => r.status === 'Chờ bổ sung' && levelIn(clock, r.dueOffset) === 'overdue')).toBe(true);

  const urgent = expected.filter((level) => level === 'overdue' || level === 'due-today' || level === 'soon').length;
  const counted = expected.map((level) => level ?? 'closed');
  for (const level of ['overdue', 'due-today', 'soon', 'ok', 'waiting', 'closed'] as const) {
    const count = counted.filter((l) => l === level).length;
    await expect(sidebar.root.locator(`[data-testid="level-counts"] [data-level="${level}"]`)).toHaveAttribute(
      'data-count',
      String(count),
    );
  }
  await expect.poll(() => badgeText(serviceWorker, page.url())).toBe(String(urgent));

  // Most urgent first; a click brings that row into view.
  const first = sidebar.root.getByTestId('urgent-rows').getByRole('button').first();
  await expect(first).toHaveAttribute('data-level', 'overdue');
  const code = await first.getAttribute('data-code');
  await first.click();
  const row = page.locator('tr.mat-row', { hasText: code ?? '' });
  await expect(row).toHaveAttribute('data-mctt-focus', '');
  await expect(row).toBeInViewport();
});

test('a team lead’s threshold change in the options page re-flags open list rows without a reload', async ({
  page,
  context,
  portalUrl,
  extensionId,
  clock,
}) => {
  await page.goto(`${portalUrl}/vi/dossier/processing`);
  await expect(page.locator('tr.mat-row').first()).toHaveAttribute('data-mctt-level', /.+/);

  const { page: options } = await OptionsPage.open(context, extensionId);
  await options.getByLabel(/sắp đến hạn/).fill('5');
  await expect(options.getByTestId('options-status')).toHaveText('Đã lưu cài đặt.');
  await options.getByTestId('extra-days-off').getByLabel('Thêm ngày').fill('02/01/2030');
  await options.getByTestId('extra-days-off').getByRole('button', { name: 'Thêm' }).click();
  await expect(options.getByTestId('extra-days-off').locator('[data-day="2030-01-02"]')).toBeVisible();

  const expected = listRows(clock.today, 320).map((r) => rowMark(clock, r, 5));
  await expect
    .poll(() => page.locator('tr.mat-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-mctt-level'))))
    .toEqual(expected);

  await options.reload();
  await expect(options.getByLabel(/sắp đến hạn/)).toHaveValue('5');
});

const STOPPED: Record<string, 'waiting' | 'closed'> = {
  supplement: 'waiting',
  paused: 'waiting',
  'result-ready': 'closed',
  returned: 'closed',
};

for (const entry of CATALOG.filter((e) => e.expected?.dueOffsetDays !== undefined && e.file !== 'spa.html')) {
  test(`deadline badge on ${entry.path}`, async ({ page, portalUrl, clock }) => {
    await page.goto(portalUrl + entry.path);
    const badge = new SidebarPage(page).root.getByTestId('deadline-badge');
    const stopped = STOPPED[entry.expected?.status ?? ''];
    if (stopped) {
      // The citizen's turn or a result ready: the office's clock has stopped, whatever the date.
      await expect(badge).toHaveAttribute('data-level', stopped);
      // Returned: "hồ sơ đã xong" (a real system's copy handed over is such a page).
      await expect(badge).toHaveText(/không tính là trễ hẹn|không còn tính hạn|hồ sơ đã xong/);
      return;
    }
    const offset = entry.expected?.dueOffsetDays ?? 0;
    // Pages with a due time today may already be past it; both readings are right then.
    const level = levelIn(clock, offset);
    await expect(badge).toHaveAttribute('data-level', offset === 0 ? /due-today|overdue/ : level);
    await expect(badge).toHaveText(
      level === 'overdue'
        ? /Quá hạn \d+ ngày làm việc/
        : level === 'due-today'
          ? /Hạn trả hôm nay|Quá hạn/
          : /Còn \d+ ngày làm việc/,
    );
  });
}

test('an overdue dossier offers the apology with a new date in working days', async ({ page, portalUrl, clock }) => {
  const sidebar = await SidebarPage.open(page, `${portalUrl}/vi/dossier/processing/1014`);
  await expect(sidebar.root.getByTestId('deadline-badge')).toHaveAttribute('data-level', 'overdue');
  const proposed = sidebar.root.getByTestId('proposed-return-date');
  await expect(proposed).toHaveAttribute('data-date', calendar.addWorkingDays(clock.today, 2));
});
