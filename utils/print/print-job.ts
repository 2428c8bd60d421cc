import type { Dossier } from '../dossier/types';
import type { LetterKind, LetterOptions } from '../letters/types';
import { sessionRecordItem, writeSession } from '../session/session-store';

/**
 * One letter the officer asked for. The template and address style are not here: the print page takes them from
 * the settings, so a sidebar never prints with stale ones.
 */
export interface LetterOrder {
  kind: LetterKind;
  /** Null for a thank-you certificate, which comes from a form. */
  dossier: Dossier | null;
  /** `number`: printing again an apology slip already entered in the register. */
  options?: Pick<LetterOptions, 'reason' | 'newReturnDate' | 'thankYou' | 'date' | 'number'>;
}

export interface PrintJob {
  letters: LetterOrder[];
  /**
   * Set only from a trusted click (a person's, never a page script's): the print page may then open the print dialog
   * by itself. Absent, the officer presses "In thư".
   */
  byPerson?: boolean;
}

// Session storage: the dossier reaches our own print page without leaving the browser, and is gone at its close.
const keyOf = (id: string) => `print:${id}`;

const isOrder = (value: unknown): value is LetterOrder =>
  typeof value === 'object' && value !== null && typeof (value as LetterOrder).kind === 'string';

export const isPrintJob = (value: unknown): value is PrintJob =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as PrintJob).letters) &&
  (value as PrintJob).letters.length > 0 &&
  (value as PrintJob).letters.every(isOrder);

/** Keeps a job for the print page and gives its id (the background does this; see session-store for bounds). */
export async function savePrintJob(job: PrintJob): Promise<string> {
  const id = crypto.randomUUID();
  await writeSession({ [keyOf(id)]: job });
  return id;
}

/**
 * The job for the print page, removed as it is read: the dossier it carries stays in memory on that page only.
 * A reload of the print page then asks the officer to press the letter button again.
 */
export function takePrintJob(id: string): Promise<PrintJob | null> {
  // Once per page: a second look (a re-render) gets the same job, not an empty slot.
  let taken = takenJobs.get(id);
  if (!taken) {
    taken = (async () => {
      const item = sessionRecordItem(keyOf(id));
      const found = await item.getValue();
      await item.removeValue().catch(() => {});
      return isPrintJob(found) ? found : null;
    })();
    takenJobs.set(id, taken);
  }
  return taken;
}

const takenJobs = new Map<string, Promise<PrintJob | null>>();

/** The print page's address for a job, or for the thank-you form. */
export const printPagePath = (target: { jobId: string } | 'thank-you') =>
  `/print.html#${target === 'thank-you' ? 'thank-you' : `job=${encodeURIComponent(target.jobId)}`}`;
