import type { ManualEntry } from '@/utils/manual-entry/manual-entry';
import type { PrintJob } from '@/utils/print/print-job';
import type { CourtesyAct } from '@/utils/scripts/types';

/** What the sidebar asks of the content script; each answers whether it worked. */
export interface SidebarActions {
  setCollapsed(collapsed: boolean): void;
  saveManualEntry(entry: ManualEntry | null): Promise<boolean>;
  saveCourtesy(courtesy: CourtesyAct[]): Promise<boolean>;
  /** Opens the print page with these letters. */
  printLetters(job: PrintJob): Promise<boolean>;
  /** Opens the print page's thank-you certificate form. */
  openThankYou(): Promise<boolean>;
  openOptions(): void;
  /** The officer has read the notices about stored data that was put right. */
  dismissNotices(): void;
}
