// `npm run demo`: builds the extension, serves the demo portal and opens Chromium with the extension loaded.
// Without a display (a server, CI), it runs headless and writes a screenshot of each demo page instead.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs } from './chromium.mjs';
import { DEMO_OFFICE } from './demo-office.mjs';
import { CATALOG } from './portal/catalog.mjs';
import { startPortal } from './portal/server.mjs';

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
// `TODAY=2026-12-31 npm run demo`: the portal and the extension's clock stand on that day (Vietnam).
const today = process.env.TODAY || undefined;
if (today && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error(`TODAY phải có dạng YYYY-MM-DD (đang là ${today})`);
  process.exit(2);
}

const build = spawnSync('npx wxt build', { shell: true, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const portal = await startPortal({ today });
const context = await chromium.launchPersistentContext('', {
  executablePath: CHROMIUM_PATH,
  headless,
  viewport: { width: 1366, height: 800 },
  locale: 'vi-VN',
  timezoneId: 'Asia/Ho_Chi_Minh',
  args: chromiumArgs(),
});

// The demo commune, so that letters can be printed at once (a real office enters its own in the options page).
const demoOffice = { ...DEMO_OFFICE, phone: '0251 3861 234' };
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
await worker.evaluate(async (office) => {
  const stored = await chrome.storage.local.get('settings');
  // Stored settings are the officer's: only an empty profile gets the demo commune.
  if (stored.settings?.office?.communeName) return;
  await chrome.storage.local.set({ settings: { ...stored.settings, office }, settings$: { v: 2 } });
}, demoOffice);
await worker.evaluate(async (day) => {
  if (day) await chrome.storage.local.set({ todayOverride: day });
  else await chrome.storage.local.remove('todayOverride');
}, today ?? null);

if (headless) {
  const outDir = path.resolve('demo-screenshots');
  mkdirSync(outDir, { recursive: true });
  const page = await context.newPage();
  for (const entry of CATALOG) {
    await page.goto(portal.url + entry.path);
    // Recognised pages show the sidebar (its UI script is injected on demand); others are shot as they are.
    if (entry.adapter)
      await page
        .getByTestId('sidebar')
        .waitFor({ timeout: 10_000 })
        .catch(() => {});
    await page.waitForTimeout(entry.path.includes('spa') ? 1500 : 300);
    await page.screenshot({ path: path.join(outDir, `${entry.file.replace(/\.html$/, '')}.png`) });
  }
  console.log(`Không có màn hình: đã chụp ${CATALOG.length} trang demo vào ${outDir}`);
  await context.close();
  await portal.close();
} else {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(portal.url);
  console.log(`Cổng demo: ${portal.url} — đóng cửa sổ Chromium để kết thúc.`);
  context.on('close', () => portal.close().then(() => process.exit(0)));
}
