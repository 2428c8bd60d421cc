import { expect, test } from './fixtures';
import { portalTextUnder, sidebarBox } from './page-layout';
import { openProcessingList, SidebarPage } from './sidebar-page';

const FIXED_HEADER_PAGE = '/vi/dossier/processing/1017';

for (const [width, height] of [
  [1024, 768],
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`at ${width}×${height} the page reflows beside the sidebar: no portal text under it, fixed bars included`, async ({
    page,
    portalUrl,
  }) => {
    await page.setViewportSize({ width, height });
    const sidebar = await SidebarPage.open(page, portalUrl + FIXED_HEADER_PAGE);
    await expect(sidebar.root).toHaveAttribute('data-state', 'expanded');
    const box = await sidebarBox(page);
    if (!box) throw new Error('no sidebar panel');
    expect(box.right).toBeCloseTo(await page.evaluate(() => document.documentElement.clientWidth), 0);
    // The portal keeps most of the window even at 1024 px.
    expect(box.left).toBeGreaterThanOrEqual(width * 0.68);

    // Fixed elements are fitted in an idle moment after the sidebar shows.
    await expect.poll(async () => (await portalTextUnder(page, box.left)).under).toEqual([]);
    const layout = await portalTextUnder(page, box.left);
    // The header and the footer span the page up to the sidebar; the "back to top" button moved beside it.
    for (const name of ['app-header', 'app-footer', 'back-to-top']) {
      const fixed = layout.fixed.find((f) => f.className === name);
      expect(fixed, name).toBeDefined();
      expect(fixed?.right, name).toBeLessThanOrEqual(box.left + 0.5);
    }
    expect(layout.fixed.find((f) => f.className === 'app-header')?.left).toBe(0);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);

    // Scrolled down, the sticky table header stays beside the sidebar too.
    await page.mouse.wheel(0, 400);
    await expect.poll(async () => (await portalTextUnder(page, box.left)).under).toEqual([]);
  });
}

test('folded, the sidebar is a slim tab that keeps the deadline level in a symbol and words, and covers nothing', async ({
  page,
  portalUrl,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const sidebar = await SidebarPage.open(page, `${portalUrl}/vi/dossier/processing/1014`);
  const badge = sidebar.root.getByTestId('deadline-badge');
  await expect(badge).toHaveAttribute('data-level', 'overdue');
  await sidebar.root.getByRole('button', { name: 'Thu gọn' }).click();

  await expect(sidebar.root).toHaveAttribute('data-state', 'collapsed');
  await expect(sidebar.root).toHaveAttribute('data-level', 'overdue');
  await expect(sidebar.root.getByTestId('tab-level')).toHaveText('Quá hạn');
  await expect(sidebar.root.getByRole('button', { name: /Quá hạn.*Mở trợ lý/ })).toBeVisible();
  const tab = await sidebarBox(page);
  if (!tab) throw new Error('no tab');
  expect(tab.right - tab.left).toBeLessThanOrEqual(48);
  await expect.poll(async () => (await portalTextUnder(page, tab.left)).under).toEqual([]);

  await sidebar.root.getByRole('button', { name: /Mở trợ lý/ }).click();
  await expect(sidebar.root).toHaveAttribute('data-state', 'expanded');
});

test('printing the portal prints neither the sidebar nor the row marks, and the page takes its full width', async ({
  page,
  portalUrl,
}) => {
  const sidebar = await openProcessingList(page, portalUrl);
  const overdueRow = page.locator('tr.mat-row[data-mctt-level="overdue"]').first();
  const firstCellMark = () =>
    overdueRow.evaluate((row) => {
      const cell = row.firstElementChild as Element;
      return { shadow: getComputedStyle(cell).boxShadow, mark: getComputedStyle(cell, '::before').content };
    });
  expect(await firstCellMark()).toEqual({ shadow: expect.stringContaining('inset'), mark: '"✖"' });

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('mctt-sidebar')).toBeHidden();
  expect(await firstCellMark()).toEqual({ shadow: 'none', mark: 'none' });
  const widths = await page.evaluate(() => ({
    html: document.documentElement.getBoundingClientRect().width,
    window: document.documentElement.clientWidth,
  }));
  expect(widths.html).toBe(widths.window);

  await page.emulateMedia({ media: 'screen' });
  await expect(sidebar.root).toBeVisible();
});

/** Every cell's box in the first rows, in tenths of a pixel. */
const cellGeometry = (page: import('@playwright/test').Page, rowSelector: string) =>
  page.evaluate((selector) => {
    const rows = [...document.querySelectorAll(selector)].slice(0, 40);
    return rows.map((row) =>
      [...row.children].map((cell) => {
        const r = cell.getBoundingClientRect();
        return [Math.round(r.left * 10), Math.round(r.width * 10), Math.round(r.top * 10), Math.round(r.height * 10)];
      }),
    );
  }, rowSelector);

/** The same page with the marks' attribute made meaningless: the marks are that attribute and nothing else. */
const withoutMarks = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    for (const row of document.querySelectorAll('[data-mctt-level]')) row.setAttribute('data-mctt-level', 'none');
  });

for (const [path, rowSelector] of [
  ['/vi/dossier/search', 'mat-header-row, mat-row'],
  ['/vi/dossier/processing', 'tr'],
] as const) {
  test(`row marks take no room on ${path}: cells keep their places and widths (${rowSelector})`, async ({
    page,
    portalUrl,
  }) => {
    await page.goto(portalUrl + path);
    await expect(page.locator('[data-mctt-level="overdue"]').first()).toBeVisible();
    const marked = await cellGeometry(page, rowSelector);
    expect(marked.length).toBeGreaterThan(10);
    await withoutMarks(page);
    expect(await cellGeometry(page, rowSelector)).toEqual(marked);
  });
}
