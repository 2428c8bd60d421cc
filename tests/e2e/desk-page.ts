import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { DeskScreenSettings } from '../../utils/desk/types';
import { TAN_PHU_DESK_SCREEN } from '../../utils/posters/test-fixtures';
import type { Register } from '../../utils/register/register-types';
import { decodeQr } from '../qr/read-qr';

interface ChromeStorage {
  storage: { local: { set(items: object): Promise<void> } };
}

/** A filled-in desk as a team lead would set it: xã Tân Phú's, with the one-stop unit's own phone too. */
export const TEST_DESK_SCREEN: DeskScreenSettings = { ...TAN_PHU_DESK_SCREEN, unitPhone: '0251 3861 234' };

/** Writes the register as the print page and sidebar would have, from the service worker. */
export async function seedRegister(worker: Worker, register: Register) {
  await worker.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeStorage };
    await chrome.storage.local.set({ register: value });
  }, register);
}

/** Page object for the desk screen, on a 1920 × 1080 screen (a TV). */
export class DeskPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, page?: Page) {
    const tab = page ?? (await context.newPage());
    await tab.setViewportSize({ width: 1920, height: 1080 });
    await tab.goto(`chrome-extension://${extensionId}/desk.html`);
    await tab.getByTestId('desk-screen').waitFor();
    return new DeskPage(tab);
  }

  get slide() {
    return this.page.getByTestId('desk-slide');
  }

  get hotlines() {
    return this.page.getByTestId('desk-hotlines');
  }

  get figures() {
    return this.page.getByTestId('desk-figures');
  }

  qr(id: 'zalo' | 'lookup') {
    return this.page.locator(`[data-testid="desk-qr"][data-id="${id}"]`);
  }

  /** What a phone's camera reads from the code on the screen. */
  async readQr(id: 'zalo' | 'lookup') {
    return decodeQr(await this.qr(id).locator('svg').screenshot());
  }

  fullscreenElement() {
    return this.page.evaluate(() => document.fullscreenElement?.tagName ?? null);
  }

  /** Computed font size of an element, in CSS pixels. */
  fontSize(selector: string) {
    return this.page
      .locator(selector)
      .first()
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  }
}
