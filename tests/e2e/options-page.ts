import type { BrowserContext, Locator, Page } from '@playwright/test';

/** Page object for the options page: sections by test id, scripts by id, fields by their visible labels. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  /** Opens the options page in a new tab, at a section when one is named (`options.html#templates`). */
  static async open(context: BrowserContext, extensionId: string, section?: string) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html${section ? `#${section}` : ''}`);
    const options = new OptionsPage(page);
    await options.status.waitFor({ state: 'attached' });
    await options.page.getByTestId('script-editor').waitFor();
    return options;
  }

  get status(): Locator {
    return this.page.getByTestId('options-status');
  }

  script(id: string): Locator {
    return this.page.getByTestId('script-editor').locator(`[data-script="${id}"]`);
  }

  get importExport(): Locator {
    return this.page.getByTestId('import-export');
  }

  /** A settings section's first place on the page (the deadline's section also wraps the years to check). */
  section(name: string): Locator {
    return this.page.locator(`.opt-managed[data-section="${name}"]`).first();
  }
}
