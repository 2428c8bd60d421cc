import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs } from '../chromium.mjs';
import { startPortal } from '../portal/server.mjs';
import { E2E_TODAY, type TestClock, testClock } from './vn-date';

interface Fixtures {
  /** The browser's language (a test option): vi-VN, or en-US to check that dates stay dd/mm/yyyy. */
  browserLocale: string;
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

interface LaunchOptions {
  /** The profile's folder; a fresh temporary one unless given. */
  userDataDir?: string;
  locale?: string;
  /** The unpacked extension to load; the built one unless given. */
  extensionDir?: string;
}

/** Debian's Chromium with the extension, in an officer's window in Vietnam's time, its clock on the test's day. */
export async function launchWithExtension(
  today: string,
  { userDataDir = '', locale = 'vi-VN', extensionDir }: LaunchOptions = {},
) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(extensionDir),
    viewport: { width: 1366, height: 800 },
    locale,
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  await setExtensionToday(context, today);
  return context;
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
  browserLocale: ['vi-VN', { option: true }],
  context: async ({ today, browserLocale }, use) => {
    const context = await launchWithExtension(today, { locale: browserLocale });
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
