import { browser } from '#imports';
import type { Dossier } from '../dossier/types';
import type { LetterKind, LetterOptions } from '../letters/types';

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

/** Keeps a job for the print page and gives its id. */
export async function savePrintJob(job: PrintJob): Promise<string> {
  const id = crypto.randomUUID();
  await browser.storage.session.set({ [keyOf(id)]: job });
  return id;
}

export async function loadPrintJob(id: string): Promise<PrintJob | null> {
  const key = keyOf(id);
  const found = (await browser.storage.session.get(key))[key];
  return isPrintJob(found) ? found : null;
}

/** The print page's address for a job, or for the thank-you form. */
export const printPagePath = (target: { jobId: string } | 'thank-you') =>
  `/print.html#${target === 'thank-you' ? 'thank-you' : `job=${encodeURIComponent(target.jobId)}`}`;
