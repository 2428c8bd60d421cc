import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs } from '../chromium.mjs';
import { startPortal } from '../portal/server.mjs';
import { E2E_TODAY, type TestClock, testClock } from './vn-date';

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  clock: TestClock;
}

interface WorkerFixtures {
  /** The day the portal and the extension stand on (a project option: see playwright.config.ts). */
  today: string;
  portalUrl: string;
}

interface ChromeStorage {
  storage: { local: { set(items: object): Promise<void> } };
}

/** Sets the extension's clock on the portal's day, before any page opens (pages read it when they start). */
export async function setExtensionToday(context: BrowserContext, today: string) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (day) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeStorage };
    await chrome.storage.local.set({ todayOverride: day });
  }, today);
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  today: [E2E_TODAY, { scope: 'worker', option: true }],
  portalUrl: [
    async ({ today }, use) => {
      const portal = await startPortal({ today });
      await use(portal.url);
      await portal.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ today }, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: chromiumArgs(),
      viewport: { width: 1366, height: 800 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    await setExtensionToday(context, today);
    await use(context);
    await context.close();
  },
  clock: async ({ today }, use) => use(testClock(today)),
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;
