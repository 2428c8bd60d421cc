import { readFile } from 'node:fs/promises';
import type { Page, Worker } from '@playwright/test';
import { createCalendar, DEFAULT_THRESHOLDS, deadlineLevel } from '../../utils/deadline';
import { SETTINGS_VERSION } from '../../utils/settings/migrations';
import { renderPage } from '../portal/render.mjs';
import { expect, test } from './fixtures';
import { withPolicyBrowser } from './managed-policy';
import { OptionsPage } from './options-page';
import { SidebarPage } from './sidebar-page';
import type { TestClock } from './vn-date';

// An older one-stop system whose labels ("Số tiếp nhận", "Hẹn trả ngày"…) no built-in reader knows.
const RECEIPT = '/motcua/ho-so/xem/7781';
const REGISTER = '/motcua/so-theo-doi';
const APPLICANT = 'Nguyễn Hữu Phước';
const REGISTER_DUE_OFFSETS = [-3, -1, 0, 0, 1, 2, 6, 9];

const codeOn = (clock: TestClock) => renderPage('09.H44.{{yymmdd:-1}}.00108', clock.today);
const dmy = (ymd: string) => `${ymd.slice(8, 10)}/${ymd.slice(5, 7)}/${ymd.slice(0, 4)}`;
const levelIn = (clock: TestClock, offset: number) =>
  deadlineLevel(clock.day(offset), clock.now(), createCalendar(), DEFAULT_THRESHOLDS).level;
const portalClicks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __portalClicks: number }).__portalClicks);

/** A page no reader knows, and the sidebar the officer opens on it from the toolbar: it has found no dossier. */
async function openUnread(page: Page, worker: Worker, url: string) {
  const sidebar = await SidebarPage.open(page, url);
  await sidebar.clickToolbarButton(worker);
  await expect(sidebar.root.getByTestId('no-dossier')).toBeVisible();
  return sidebar;
}

/** The officer opens the sidebar on the receipt and teaches its code, due date and applicant by pointing. */
async function teachReceipt(page: Page, worker: Worker, portalUrl: string) {
  const sidebar = await openUnread(page, worker, portalUrl + RECEIPT);
  await sidebar.pointAt('dueAt', page.locator('#ctl00_cph_lblHenTra'));
  await sidebar.confirmTeaching();
  await sidebar.pointAt('applicantName', page.locator('#ctl00_cph_lblNguoiDeNghi'));
  await sidebar.confirmTeaching();
  await sidebar.pointAt('code', page.locator('a.lnk-ma'));
  await sidebar.confirmTeaching();
  return sidebar;
}

test('an officer teaches a page the built-in reader cannot read, by pointing; after a reload the sidebar reads it', async ({
  page,
  portalUrl,
  serviceWorker,
  clock,
}) => {
  const sidebar = await openUnread(page, serviceWorker, portalUrl + RECEIPT);
  await expect(sidebar.root.getByTestId('teach-start')).toContainText('127.0.0.1');
  const panel = sidebar.teachPanel;

  // From the keyboard: "Chỉ trên trang" for the due date; the pointing step takes the focus.
  await sidebar.teachButton('dueAt').focus();
  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('data-phase', 'pointing');
  await expect(panel.getByRole('button', { name: 'Hủy' })).toBeFocused();

  // Our own outline follows the pointer; the page's styles are never touched.
  const due = page.locator('#ctl00_cph_lblHenTra');
  await due.hover();
  await expect(sidebar.pointer).toBeVisible();
  const [outline, value] = [await sidebar.pointer.boundingBox(), await due.boundingBox()];
  if (!outline || !value) throw new Error('no boxes');
  expect(outline.x).toBeLessThanOrEqual(value.x);
  expect(outline.y).toBeLessThanOrEqual(value.y);
  expect(outline.x + outline.width).toBeGreaterThanOrEqual(value.x + value.width);
  expect(outline.y + outline.height).toBeGreaterThanOrEqual(value.y + value.height);
  expect(await due.getAttribute('style')).toBeNull();
  expect(await due.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');

  // Esc cancels: nothing is taught, the outline goes.
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(sidebar.pointer).toHaveCount(0);

  // Pointing at the label instead of the value is explained, and pointing again is one key away.
  await sidebar.pointAt('dueAt', page.locator('td.td-nhan', { hasText: 'Hẹn trả ngày' }));
  await expect(panel).toHaveAttribute('data-phase', 'refused');
  await expect(panel.getByRole('alert')).toHaveText(
    'Chỗ vừa chỉ là nhãn “Hẹn trả ngày:”. Anh/chị bấm vào giá trị bên cạnh nhãn.',
  );
  await expect(panel.getByRole('button', { name: 'Chỉ lại' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('data-phase', 'pointing');
  await due.click();

  // What it would read, and how; the confirm button has the focus, so Enter confirms.
  await expect(panel).toHaveAttribute('data-phase', 'proposed');
  await expect(panel.getByTestId('teach-value')).toHaveText(dmy(clock.day(1)));
  await expect(panel.getByTestId('teach-way')).toHaveText(
    'Cách tìm: theo nhãn “Hẹn trả ngày”; dự phòng ô span#ctl00_cph_lblHenTra.',
  );
  await expect(panel.getByRole('button', { name: 'Xác nhận' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('data-phase', 'saved');
  await expect(panel.getByTestId('teach-saved')).toContainText('Đã lưu cách đọc Ngày hẹn trả cho cổng 127.0.0.1');
  // Without a code there is no dossier yet, but the sidebar shows what it has learnt.
  const taughtDue = sidebar.root.getByTestId('teach-start').locator('[data-field="dueAt"]');
  await expect(taughtDue.getByTestId('taught-value')).toContainText(dmy(clock.day(1)));

  await sidebar.pointAt('applicantName', page.locator('#ctl00_cph_lblNguoiDeNghi'));
  await expect(panel.getByTestId('teach-value')).toHaveText(APPLICANT);
  await sidebar.confirmTeaching();
  // The code is a link: pointing at it never follows it, and the portal's own handlers never hear the clicks.
  await sidebar.pointAt('code', page.locator('a.lnk-ma'));
  await expect(panel.getByTestId('teach-value')).toHaveText(codeOn(clock));
  await sidebar.confirmTeaching();
  expect(page.url()).toBe(portalUrl + RECEIPT);
  expect(await portalClicks(page)).toBe(0);

  // Now a dossier page: read at once, and read again on its own after a reload.
  await expect(sidebar.code).toHaveText(codeOn(clock));
  await page.reload();
  await expect(sidebar.code).toHaveText(codeOn(clock));
  await expect(sidebar.field('dossier-applicant')).toHaveText(APPLICANT);
  await expect(sidebar.due).toHaveAttribute('datetime', clock.day(1));
  await expect(sidebar.root.getByTestId('deadline-badge')).toHaveAttribute('data-level', levelIn(clock, 1));
  await expect(sidebar.root.getByTestId('taught-stale')).toHaveCount(0);
});

test('a taught field that no longer matches falls back to the built-in reader, and the sidebar says so', async ({
  page,
  portalUrl,
  serviceWorker,
  clock,
}) => {
  const sidebar = await teachReceipt(page, serviceWorker, portalUrl);
  await expect(sidebar.code).toHaveText(codeOn(clock));

  // The portal rewrites one row (new label, the value's element gone): that field is no longer found; the others are.
  await page.locator('td.td-nhan', { hasText: 'Hẹn trả ngày' }).evaluate((td) => {
    td.textContent = 'Ngày hẹn:';
    const value = td.nextElementSibling as HTMLElement;
    value.textContent = value.textContent ?? '';
  });
  const stale = sidebar.root.getByTestId('taught-stale');
  await expect(stale.getByRole('listitem')).toHaveText([
    'Cách đọc đã dạy cho trường Ngày hẹn trả không còn khớp trang này: đang dùng cách đọc sẵn có.',
  ]);
  await expect(sidebar.code).toHaveText(codeOn(clock));
  await expect(sidebar.root.getByTestId('missing-fields').locator('[data-field="dueAt"]')).toBeVisible();

  // Another page of the same host that the built-in reader knows: read as before, the recipe's misses said.
  await page.goto(`${portalUrl}/vi/dossier/processing/1012`);
  await expect(sidebar.code).toHaveText(renderPage('000.17.22.H56-{{yymmdd:-1}}-0012', clock.today));
  await expect(sidebar.due).toHaveAttribute('datetime', new RegExp(`^${clock.day(1)}`));
  await expect(stale.getByRole('listitem')).toHaveCount(3);
});

test('a list page taught by pointing at a code cell and a due cell: the recipe finds both columns in every row', async ({
  page,
  portalUrl,
  serviceWorker,
  clock,
}) => {
  const sidebar = await openUnread(page, serviceWorker, portalUrl + REGISTER);
  const rows = page.locator('table.tbl-so tbody tr');

  await sidebar.pointAt('code', rows.nth(2).locator('a.lnk-ma'), 'list');
  const way = sidebar.teachPanel.getByTestId('teach-way');
  await expect(way).toContainText('Cách tìm: theo tiêu đề cột “Số tiếp nhận”; dự phòng ô td.c-so.');
  await expect(way).toContainText('Cột này đọc được ở 8 dòng trên trang.');
  await sidebar.confirmTeaching();
  await expect(sidebar.root.getByTestId('list-count')).toHaveText('8');

  // The list is read now; its due column is taught from the list's own block.
  await sidebar.root.getByTestId('teach-columns').locator('summary').click();
  await sidebar.pointAt('dueAt', rows.first().locator('td.c-hen'), 'list');
  await expect(sidebar.teachPanel.getByTestId('teach-value')).toHaveText(dmy(clock.day(-3)));
  await sidebar.confirmTeaching();

  const expected = [...REGISTER_DUE_OFFSETS.map((offset) => levelIn(clock, offset)), null];
  const levels = () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-mctt-level')));
  await expect.poll(levels).toEqual(expected);
  expect(await portalClicks(page)).toBe(0);
  expect(page.url()).toBe(portalUrl + REGISTER);

  await page.reload();
  await expect(sidebar.root.getByTestId('list-count')).toHaveText('8');
  await expect.poll(levels).toEqual(expected);
});

test('a recipe travels in the settings file, is tried on the open tab and deleted in the options page; a tampered one is refused', async ({
  context,
  page,
  portalUrl,
  serviceWorker,
  extensionId,
  clock,
}) => {
  test.setTimeout(90_000);
  const sidebar = await teachReceipt(page, serviceWorker, portalUrl);
  const options = await OptionsPage.open(context, extensionId);
  const recipes = options.page.getByTestId('recipes');
  const taught = recipes.locator('article[data-host="127.0.0.1"]');
  await expect(taught.locator('[data-scope="dossier"][data-field="dueAt"]')).toContainText(
    'theo nhãn “Hẹn trả ngày”; dự phòng ô span#ctl00_cph_lblHenTra',
  );

  // Tried on the portal tab that is open: what it reads there comes back, and is kept nowhere.
  const trial = recipes.locator('[data-testid="recipe-trial"][data-host="127.0.0.1"]');
  await trial.getByRole('button', { name: 'Thử trên trang đang mở' }).click();
  await expect(trial.getByRole('status')).toContainText(`Đã thử trên trang ${portalUrl}${RECEIPT}`);
  await expect(trial.locator('[data-field="code"]')).toHaveText(`Mã hồ sơ: ${codeOn(clock)}`);
  await expect(trial.locator('[data-field="dueAt"]')).toHaveText(`Ngày hẹn trả: ${dmy(clock.day(1))}`);

  const [download] = await Promise.all([
    options.page.waitForEvent('download'),
    options.importExport.getByRole('button', { name: 'Xuất tệp cài đặt' }).click(),
  ]);
  const file = await download.path();
  const text = await readFile(file, 'utf8');
  const exported = JSON.parse(text);
  expect(exported.version).toBe(SETTINGS_VERSION);
  expect(exported.settings.recipes).toEqual([
    {
      host: '127.0.0.1',
      fields: {
        dueAt: { label: 'Hẹn trả ngày', selector: 'span#ctl00_cph_lblHenTra' },
        applicantName: { label: 'Tổ chức/cá nhân đề nghị', selector: 'span#ctl00_cph_lblNguoiDeNghi' },
        code: { label: 'Số tiếp nhận', selector: 'a.lnk-ma' },
      },
      columns: {},
    },
  ]);
  // How to find the fields, never the citizen's values.
  expect(text).not.toContain(APPLICANT);
  expect(text).not.toContain(codeOn(clock));

  // Deleted here: the open portal tab stops reading the page.
  await recipes.getByRole('button', { name: 'Xóa cách đọc cổng 127.0.0.1' }).click();
  await expect(taught).toHaveCount(0);
  await expect(recipes).toContainText('Chưa dạy cổng nào.');
  await expect(sidebar.root.getByTestId('no-dossier')).toBeVisible();

  // The exported file brings it back, after showing what it adds.
  await options.importExport.getByLabel('Nhập tệp cài đặt (.json)').setInputFiles(file);
  await expect(options.importExport.getByTestId('import-changes').getByRole('listitem')).toHaveText([
    'Thêm cách đọc cổng 127.0.0.1: Mã hồ sơ, Người nộp hồ sơ, Ngày hẹn trả',
  ]);
  await options.importExport.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(options.status).toHaveText(/Đã áp dụng cài đặt từ tệp/);
  await expect(taught).toHaveCount(1);
  await page.reload();
  await expect(sidebar.code).toHaveText(codeOn(clock));

  // A tampered recipe: a position path and markup for a label. Refused with the reasons; nothing changes.
  const tampered = structuredClone(exported);
  tampered.settings.recipes[0].fields.dueAt = { selector: 'table > tbody > tr:nth-child(6) > td:nth-child(2)' };
  tampered.settings.recipes[0].fields.code.label = '<img src=x onerror=alert(1)>';
  tampered.settings.recipes[0].fields.nguoiKy = { label: 'Người ký' };
  await options.importExport.getByLabel('Nhập tệp cài đặt (.json)').setInputFiles({
    name: 'sua-tay.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(tampered)),
  });
  const alert = options.importExport.getByRole('alert');
  await expect(alert).toContainText('Không nhập được tệp “sua-tay.json”; cài đặt hiện tại giữ nguyên.');
  const reasons = alert.getByRole('listitem');
  await expect(reasons).toHaveCount(3);
  for (const reason of [
    /^“settings\.recipes\[0\]\.fields\.dueAt\.selector”: là đường dẫn theo vị trí/,
    /^“settings\.recipes\[0\]\.fields\.code\.label”: có nội dung giống mã lệnh/,
    /^“settings\.recipes\[0\]\.fields\.nguoiKy”: không phải trường đọc được/,
  ])
    await expect(reasons.filter({ hasText: reason })).toHaveCount(1);
  await expect(options.importExport.getByTestId('import-preview')).toHaveCount(0);
  await options.page.reload();
  await expect(taught.locator('[data-scope="dossier"][data-field="dueAt"]')).toContainText('theo nhãn “Hẹn trả ngày”');
  await page.reload();
  await expect(sidebar.due).toHaveAttribute('datetime', clock.day(1));
});

test('an office policy gives every officer the recipe and locks it', async ({ portalUrl, today }) => {
  const recipe = {
    host: '127.0.0.1',
    fields: {
      code: { label: 'Số tiếp nhận' },
      dueAt: { label: 'Hẹn trả ngày' },
      applicantName: { label: 'Tổ chức/cá nhân đề nghị' },
    },
    columns: { code: { header: 'Số tiếp nhận' }, dueAt: { header: 'Hẹn trả ngày' } },
  };
  await withPolicyBrowser({ settings: { recipes: [recipe] } }, today, async (context, extensionId) => {
    const page = await context.newPage();
    const sidebar = await SidebarPage.open(page, portalUrl + RECEIPT);
    // Read without anyone teaching it here (the browser hands the policy over a few seconds after start-up).
    await expect(sidebar.field('dossier-applicant')).toHaveText(APPLICANT, { timeout: 15_000 });
    await expect(sidebar.code).toHaveText(/^09\.H44\.\d{6}\.00108$/);

    // Teaching more here is refused with the reason: the office decides.
    await sidebar.pointAt('status', page.locator('td', { hasText: 'Đang giải quyết' }));
    await sidebar.teachPanel.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(sidebar.teachPanel.getByRole('alert')).toContainText('do cơ quan quản lý đặt');

    const options = await OptionsPage.open(context, extensionId);
    const section = options.section('recipes');
    await expect(section.getByTestId('lock-notice')).toContainText('do cơ quan quản lý đặt');
    await expect(section.getByRole('button', { name: 'Xóa cách đọc cổng 127.0.0.1' })).toBeDisabled();
    // Trying it on an open page stays possible: it changes nothing.
    const list = await context.newPage();
    await list.goto(portalUrl + REGISTER);
    await expect(new SidebarPage(list).root.getByTestId('list-count')).toHaveText('8');
    await options.page.bringToFront();
    const trial = options.page.locator('[data-testid="recipe-trial"][data-host="127.0.0.1"]');
    await trial.getByRole('button', { name: 'Thử trên trang đang mở' }).click();
    await expect(trial.getByRole('status')).toContainText('Đã thử trên trang');
    await expect(trial.locator('[data-column]').first()).toContainText('đọc được ở');
  });
});
