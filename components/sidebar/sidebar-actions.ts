import type { ManualEntry } from '@/utils/manual-entry/manual-entry';
import type { TeachActions } from '@/utils/page/teach-session';
import type { PrintJob } from '@/utils/print/print-job';
import type { CourtesyAct } from '@/utils/scripts/types';
import type { saveTaughtLocator } from '@/utils/settings/recipe-storage';

/** What the sidebar asks of the content script; each answers whether it worked. */
export interface PageActions {
  setCollapsed(collapsed: boolean): void;
  saveManualEntry(entry: ManualEntry | null): Promise<boolean>;
  saveCourtesy(courtesy: CourtesyAct[]): Promise<boolean>;
  /** Opens the print page with these letters. */
  printLetters(job: PrintJob): Promise<boolean>;
  /** Opens the print page's thank-you certificate form. */
  openThankYou(): Promise<boolean>;
  openOptions(): void;
  /** Reads the page again now (a recipe was just taught). */
  rereadPage(): void;
  /** Stores a way of finding a field the officer confirmed, in the officer's settings. */
  saveTaughtLocator: typeof saveTaughtLocator;
}

/**
 * Everything the sidebar's components may ask: the page script's actions, and teaching a portal, which runs in the
 * sidebar's own script (injected only when a page shows the sidebar) and answers in the store.
 */
export interface SidebarActions extends PageActions, TeachActions {}
