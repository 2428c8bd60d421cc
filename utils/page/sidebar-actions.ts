import type { ManualEntry } from '../manual-entry/manual-entry';
import type { OptionsSectionId } from '../messaging/protocol';
import type { PrintJob } from '../print/print-job';
import type { CourtesyAct } from '../scripts/types';
import type { saveTaughtLocator } from '../settings/recipe-storage';
import type { TeachActions } from './teach-session';

/** What the sidebar asks of the content script; each answers whether it worked. */
export interface PageActions {
  setCollapsed(collapsed: boolean): void;
  saveManualEntry(entry: ManualEntry | null): Promise<boolean>;
  saveCourtesy(courtesy: CourtesyAct[]): Promise<boolean>;
  /** Opens the print page with these letters. */
  printLetters(job: PrintJob): Promise<boolean>;
  /** Opens the print page's thank-you certificate form. */
  openThankYou(): Promise<boolean>;
  /** Opens the options page at one section (`office`…), or at its top. */
  openOptions(section?: OptionsSectionId): void;
  /** The officer has read the notices about stored data that was put right. */
  dismissNotices(): void;
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
