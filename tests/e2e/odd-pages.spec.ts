import { CATALOG } from '../portal/catalog.mjs';
import { renderPage } from '../portal/render.mjs';
import { expect, test } from './fixtures';
import { SidebarPage } from './sidebar-page';
import { E2E_TODAY } from './vn-date';

const code = (path: string) => {
  const entry = CATALOG.find((e) => e.path === path);
  if (!entry?.expected) throw new Error(`no expected dossier for ${path}`);
  return renderPage(entry.expected.code, E2E_TODAY);
};

test('a single-page portal: late rendering and pushState navigation are followed without a reload', async ({
  page,
  portalUrl,
}) => {
  const sidebar = await SidebarPage.open(page, `${portalUrl}/spa/ho-so/3001`);
  await expect(sidebar.code).toHaveText(code('/spa/ho-so/3001'));
  const loadedAt = await page.evaluate(() => (window as unknown as { __spaLoadedAt: number }).__spaLoadedAt);

  await page.locator('#next-dossier').click();
  await expect(page).toHaveURL(/\/spa\/ho-so\/3002$/);
  await expect(sidebar.code).toHaveText(/-0042$/);
  await expect(sidebar.kind).toHaveAttribute('data-kind', 'death');
  await expect(sidebar.field('subject-deceased')).toContainText('Trịnh Văn Thái');
  // Same document: the page was never reloaded.
  expect(await page.evaluate(() => (window as unknown as { __spaLoadedAt: number }).__spaLoadedAt)).toBe(loadedAt);

  await page.goBack();
  await expect(sidebar.code).toHaveText(code('/spa/ho-so/3001'));
});

test('markup in field values is shown as text and never runs', async ({ page, portalUrl }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const sidebar = await SidebarPage.open(page, `${portalUrl}/hostile`);
  await expect(sidebar.field('dossier-applicant')).toHaveText('<img src=x onerror="window.__mcttPwned=1">');
  await expect(sidebar.field('dossier-procedure')).toContainText('<script>');
  // No element was made from the markup, so nothing is left that could run later.
  await expect(sidebar.root.locator('img, script')).toHaveCount(0);
  await expect(sidebar.root.getByTestId('missing-fields')).toContainText('Ngày hẹn trả');
  expect(await page.evaluate(() => (window as unknown as { __mcttPwned?: number }).__mcttPwned)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('decomposed (NFD) names on the page are shown composed (NFC)', async ({ page, portalUrl }) => {
  const sidebar = await SidebarPage.open(page, `${portalUrl}/hotich/khai-sinh/chi-tiet/2021`);
  const pageName = await page.locator('td', { hasText: /Di/ }).first().textContent();
  expect(pageName).not.toBe(pageName?.normalize('NFC'));
  const shown = await sidebar.field('subject-child').textContent();
  expect(shown).toContain('Nguyễn Ngọc Diệp');
  expect(shown).toBe(shown?.normalize('NFC'));
});
