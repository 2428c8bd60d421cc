import { expect, type Locator, type Page, type Worker } from '@playwright/test';
import type { SidebarPresence } from '../../utils/messaging/protocol';
import { printAndRead, printPageFrom } from './print-page';
import { shownDay } from './vn-date';

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

  /** Goes to a portal page in `page`: its sidebar. */
  static async open(page: Page, url: string) {
    await page.goto(url);
    return new SidebarPage(page);
  }

  field(testId: string): Locator {
    return this.root.getByTestId(testId);
  }

  /** The print button of one letter kind (DESIGN.md: `letter-button` with `data-kind`). */
  letterButton(kind: string): Locator {
    return this.root.locator(`[data-testid="letter-button"][data-kind="${kind}"]`);
  }

  /** Clicks a button that prints (a letter's, the batch's, a reprint): the print page, once its PDF is ready. */
  printFrom(button: Locator): Promise<Page> {
    return printPageFrom(this.page.context(), () => button.click());
  }

  /** Prints from a button and reads the PDF back; the print page is closed again. */
  readPrintFrom(button: Locator) {
    return printAndRead(this.page.context(), () => button.click());
  }

  printLetter(kind: string): Promise<Page> {
    return this.printFrom(this.letterButton(kind));
  }

  readLetter(kind: string) {
    return this.readPrintFrom(this.letterButton(kind));
  }

  /** Clicks a button of the sidebar that opens a tab of the extension (a form, the options page): that tab. */
  async tabOpenedBy(button: Locator): Promise<Page> {
    const opened = this.page.context().waitForEvent('page');
    await button.click();
    return opened;
  }

  /** The thank-you form, in a tab of its own (it comes from no dossier). */
  openThankYouForm(): Promise<Page> {
    return this.tabOpenedBy(this.root.getByTestId('thank-you-button'));
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
        if (tab?.id === undefined) return undefined;
        // The protocol's message as @webext-core/messaging sends it (utils/messaging/protocol.ts), and its answer.
        const envelope = { id: 0, type: 'sidebarPresence', data: undefined, timestamp: Date.now() };
        return ((await chrome.tabs.sendMessage(tab.id, envelope)) as { res?: unknown } | undefined)?.res;
      });
      expect(['absent', 'collapsed', 'expanded']).toContain(answer);
    }).toPass({ timeout: 20_000 });
    return answer as SidebarPresence;
  }

  /**
   * The keyboard shortcut (Alt+Shift+M). Playwright cannot press a browser-level command shortcut in headless
   * Chromium, so this calls the background's own command handler, in the service worker, with this tab: what
   * `commands.onCommand` would have done. Pressed once the sidebar has read the page, unless `early` (pressed while
   * the page still loads).
   */
  async pressShortcut(worker: Worker, { early = false } = {}) {
    if (!early) await this.presence(worker);
    return worker.evaluate(async () => {
      const scope = globalThis as unknown as ChromeTabs & {
        mcttRunCommand(command: string, tab?: { id?: number }): Promise<boolean>;
      };
      const [tab] = await scope.chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return scope.mcttRunCommand('open-sidebar', tab);
    });
  }

  /** "Chỉ trên trang" beside a field of the dossier (or a column of a list). */
  teachButton(field: string, scope: 'dossier' | 'list' = 'dossier'): Locator {
    return this.root.locator(`[data-testid="teach-button"][data-scope="${scope}"][data-field="${field}"]`).first();
  }

  /** The teaching in progress (`data-phase`: pointing, proposed, refused, saved). */
  get teachPanel(): Locator {
    return this.root.getByTestId('teach-panel');
  }

  /** Our outline over the element being pointed at (drawn by us, never by restyling the page). */
  get pointer(): Locator {
    return this.page.locator('mctt-pointer');
  }

  /** Presses "Chỉ trên trang" for a field, then clicks its value on the page: the sidebar then proposes a way. */
  async pointAt(field: string, value: Locator, scope: 'dossier' | 'list' = 'dossier') {
    await this.teachButton(field, scope).click();
    await this.teachPanel.and(this.page.locator('[data-phase="pointing"]')).waitFor();
    await value.click();
  }

  /** Confirms the proposed way and waits until it is saved. */
  async confirmTeaching() {
    await this.teachPanel.getByRole('button', { name: 'Xác nhận' }).click();
    await this.teachPanel.and(this.page.locator('[data-phase="saved"]')).waitFor();
  }

  /** Why a letter does not apply (DESIGN.md: `letter-unavailable` with `data-kind`). */
  letterUnavailable(kind: string): Locator {
    return this.root.locator(`[data-testid="letter-unavailable"][data-kind="${kind}"]`);
  }

  get apologyPrompt() {
    return this.root.getByTestId('apology-prompt');
  }

  get badge() {
    return this.root.getByTestId('deadline-badge');
  }

  /**
   * Opens "Sửa hoặc nhập thông tin bằng tay", sets fields by label (inputs are filled, selects chosen), saves. A day
   * (`YYYY-MM-DD`) is typed as the officer types it, dd/mm/yyyy, in the field labelled "… (ngày/tháng/năm)".
   */
  async enterByHand(fields: Record<string, string>) {
    const form = this.manualEntry;
    if (!(await form.isVisible())) await this.root.locator('.mctt-manual > summary').click();
    for (const [label, given] of Object.entries(fields)) {
      const isDay = /^\d{4}-\d{2}-\d{2}$/.test(given);
      const value = isDay ? shownDay(given) : given;
      const field = form.getByLabel(isDay ? `${label} (ngày/tháng/năm)` : label, { exact: true });
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption({ label: value });
      else await field.fill(value);
    }
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.getByRole('status').getByText('Đã lưu').waitFor();
  }

  /** What the toolbar button does: the background asks the active tab's content script to toggle. */
  async clickToolbarButton(worker: Worker) {
    await this.presence(worker);
    await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as ChromeTabs;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const envelope = { id: 0, type: 'toggleSidebar', data: undefined, timestamp: Date.now() };
      if (tab?.id !== undefined) await chrome.tabs.sendMessage(tab.id, envelope);
    });
  }
}

/** The portal's list of dossiers in processing, once the sidebar has counted all its 320 rows. */
export async function openProcessingList(page: Page, portalUrl: string) {
  const sidebar = await SidebarPage.open(page, `${portalUrl}/vi/dossier/processing`);
  await expect(sidebar.root.getByTestId('list-count')).toHaveText('320');
  return sidebar;
}
