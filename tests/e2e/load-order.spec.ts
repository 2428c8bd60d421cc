import { expect, test } from './fixtures';
import { openProcessingList, SidebarPage } from './sidebar-page';

test('the extension touches a portal page only after its load event: reading and marking wait for load and idle time', async ({
  page,
  portalUrl,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __atLoad?: { ours: number; marked: number } };
    window.addEventListener('load', () => {
      w.__atLoad = {
        ours: document.querySelectorAll('mctt-sidebar, #mctt-dock, #mctt-row-flags').length,
        marked: document.querySelectorAll('[data-mctt-level]').length,
      };
    });
  });
  await openProcessingList(page, portalUrl);
  expect(await page.evaluate(() => (window as unknown as { __atLoad?: object }).__atLoad)).toEqual({
    ours: 0,
    marked: 0,
  });
});

test('the sidebar’s first frame (level and code) shows before its full UI has loaded, and gives way to it', async ({
  page,
  portalUrl,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __frames: string[] };
    w.__frames = [];
    const check = () => {
      const panel = document.querySelector('mctt-sidebar')?.shadowRoot?.querySelector('[data-mctt-panel]');
      const kind = panel?.getAttribute('data-mctt-panel');
      if (kind && w.__frames.at(-1) !== kind) w.__frames.push(kind);
      if (kind !== 'ready') requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto(`${portalUrl}/vi/dossier/processing/1014`);
  await expect(new SidebarPage(page).root).toHaveAttribute('data-state', 'expanded');
  expect(await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames)).toEqual(['first', 'ready']);
});
