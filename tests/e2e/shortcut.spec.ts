import { expect, test } from './fixtures';
import { SidebarPage } from './sidebar-page';

interface ChromeCommands {
  chrome: {
    runtime: { getManifest(): { commands?: Record<string, { suggested_key?: { default?: string } }> } };
    commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
  };
}

// Headless Chromium does not deliver browser-level shortcuts to extensions, so these tests check the manifest's
// command and call the background's command handler from the service worker (SidebarPage.pressShortcut).

test('Alt+Shift+M is the sidebar’s shortcut', async ({ serviceWorker }) => {
  const { suggested, assigned } = await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeCommands;
    const all = await chrome.commands.getAll();
    return {
      suggested: chrome.runtime.getManifest().commands?.['open-sidebar']?.suggested_key?.default,
      assigned: all.find((c) => c.name === 'open-sidebar')?.shortcut,
    };
  });
  expect(suggested).toBe('Alt+Shift+M');
  expect(assigned).toBe('Alt+Shift+M');
});

test('the shortcut unfolds a collapsed sidebar and puts the focus on its first control', async ({
  page,
  portalUrl,
  serviceWorker,
}) => {
  const sidebar = await SidebarPage.open(page, `${portalUrl}/vi/dossier/processing/1012`);
  await sidebar.root.getByRole('button', { name: /Thu gọn/ }).click();
  await expect(sidebar.root).toHaveAttribute('data-state', 'collapsed');
  await page.locator('body').click({ position: { x: 5, y: 5 } });

  expect(await sidebar.pressShortcut(serviceWorker)).toBe(true);
  await expect(sidebar.root).toHaveAttribute('data-state', 'expanded');
  await expect(sidebar.root.getByRole('button', { name: /Thu gọn/ })).toBeFocused();
  // From there the keyboard goes on into the sidebar.
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => document.querySelector('mctt-sidebar')?.shadowRoot?.activeElement?.tagName ?? ''),
  ).not.toBe('');

  // Pressed again with the sidebar open: the focus comes back to it.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await sidebar.pressShortcut(serviceWorker);
  await expect(sidebar.root.getByRole('button', { name: /Thu gọn/ })).toBeFocused();
});

test('on a portal page without a dossier, the shortcut opens the sidebar', async ({
  page,
  portalUrl,
  serviceWorker,
}) => {
  const sidebar = await SidebarPage.open(page, `${portalUrl}/`);
  expect(await sidebar.presence(serviceWorker)).toBe('absent');
  expect(await sidebar.pressShortcut(serviceWorker)).toBe(true);
  await expect(sidebar.root).toHaveAttribute('data-state', 'expanded');
  await expect(sidebar.root.getByRole('button', { name: /Thu gọn/ })).toBeFocused();
});

test('pressed while the page still loads, the shortcut opens the sidebar, focused, once the page has loaded', async ({
  page,
  portalUrl,
  serviceWorker,
}) => {
  // An image that keeps the page loading until the test lets it go: the content script comes only after load.
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/slow-image.png', async (route) => {
    await released;
    await route.fulfill({ status: 404 });
  });
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const image = document.createElement('img');
      image.src = '/slow-image.png';
      image.alt = '';
      document.body.append(image);
    });
  });
  await page.goto(`${portalUrl}/`, { waitUntil: 'domcontentloaded' });
  const sidebar = new SidebarPage(page);
  const pressed = await sidebar.pressShortcut(serviceWorker, { early: true });
  // Nothing of ours on the page yet to take it: the background keeps it.
  expect(pressed).toBe(false);
  expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
  release();
  await expect(sidebar.root).toHaveAttribute('data-state', 'expanded');
  await expect(sidebar.root.getByRole('button', { name: /Thu gọn/ })).toBeFocused();
});
