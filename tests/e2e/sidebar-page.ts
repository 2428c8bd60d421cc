import { expect, type Locator, type Page, type Worker } from '@playwright/test';
import type { SidebarPresence } from '../../utils/messaging/protocol';

/** The few chrome.tabs calls the tests make inside the service worker. */
interface ChromeTabs {
  chrome: ChromeApi;
}
interface ChromeApi {
  tabs: {
    query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

/** Page object for the sidebar: test ids from DESIGN.md; Playwright pierces the open shadow root. */
export class SidebarPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('sidebar');
  }

  field(testId: string): Locator {
    return this.root.getByTestId(testId);
  }

  /** The print button of one letter kind (DESIGN.md: `letter-button` with `data-kind`). */
  letterButton(kind: string): Locator {
    return this.root.locator(`[data-testid="letter-button"][data-kind="${kind}"]`);
  }

  get code() {
    return this.field('dossier-code');
  }

  get kind() {
    return this.field('dossier-kind').locator('[data-kind]');
  }

  get received() {
    return this.field('dossier-received').locator('time');
  }

  get due() {
    return this.field('dossier-due').locator('time');
  }

  get manualEntry() {
    return this.root.getByTestId('manual-entry');
  }

  /**
   * Whether the sidebar is there once the content script has read the page: asked of the content script itself,
   * which answers only after its first reading. A content script still loading has no listener yet: asked again
   * until it answers (a condition, not a clock).
   */
  async presence(worker: Worker): Promise<SidebarPresence> {
    await this.page.bringToFront();
    let answer: unknown;
    await expect(async () => {
      answer = await worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as ChromeTabs;
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id === undefined ? undefined : chrome.tabs.sendMessage(tab.id, { type: 'mctt:sidebar-state' });
      });
      expect(['absent', 'collapsed', 'expanded']).toContain(answer);
    }).toPass({ timeout: 20_000 });
    return answer as SidebarPresence;
  }

  /**
   * The keyboard shortcut (Alt+Shift+M). Playwright cannot press a browser-level command shortcut in headless
   * Chromium, so this calls the background's own command handler, in the service worker, with this tab: what
   * `commands.onCommand` would have done.
   */
  async pressShortcut(worker: Worker) {
    await this.presence(worker);
    return worker.evaluate(async () => {
      const scope = globalThis as unknown as ChromeTabs & {
        mcttRunCommand(command: string, tab?: { id?: number }): Promise<boolean>;
      };
      const [tab] = await scope.chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return scope.mcttRunCommand('open-sidebar', tab);
    });
  }

  /** What the toolbar button does: the background asks the active tab's content script to toggle. */
  async clickToolbarButton(worker: Worker) {
    await this.presence(worker);
    await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as ChromeTabs;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id !== undefined) await chrome.tabs.sendMessage(tab.id, { type: 'mctt:toggle-sidebar' });
    });
  }
}
