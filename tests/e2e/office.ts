import { expect, type Page, type Worker } from '@playwright/test';
import { SETTINGS_VERSION } from '../../utils/settings/migrations';
import { DEFAULT_SETTINGS, type OfficeSettings, type Settings } from '../../utils/settings/schema';
import { SidebarPage } from './sidebar-page';

export const TEST_OFFICE: OfficeSettings = {
  ...DEFAULT_SETTINGS.office,
  communeName: 'xã Tân Phú',
  province: 'tỉnh Đồng Nai',
  placeName: 'Tân Phú',
  leaderName: 'Lê Văn Bình',
  phone: '0251 3861 234',
};

interface ChromeStorage {
  storage: { local: { set(items: object): Promise<void> } };
}

/** Writes settings as the options page would (WXT keeps the version beside the value), before pages open. */
export async function writeSettings(worker: Worker, patch: Partial<Settings>) {
  const settings = { ...DEFAULT_SETTINGS, office: TEST_OFFICE, ...patch };
  await worker.evaluate(
    async ({ value, version }) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeStorage };
      await chrome.storage.local.set({ settings: value, settings$: { v: version } });
    },
    { value: settings, version: SETTINGS_VERSION },
  );
}

/** The test office's settings written (letters can be printed), then a portal page opened: its sidebar. */
export async function openAsOffice(page: Page, worker: Worker, url: string) {
  await writeSettings(worker, {});
  return SidebarPage.open(page, url);
}

/** The print most tests start from: the sample birth dossier opened by the test office, its congratulation printed. */
export async function printBirthCongratulation(page: Page, worker: Worker, portalUrl: string) {
  const sidebar = await openAsOffice(page, worker, `${portalUrl}/vi/dossier/processing/1012`);
  await expect(sidebar.letterButton('birth-congratulation')).toBeEnabled();
  return { sidebar, print: await sidebar.printLetter('birth-congratulation') };
}
