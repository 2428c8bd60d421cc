import { storage } from '#imports';
import { now } from '../clock/clock';
import { vietnamToday } from '../deadline';
import type { IssuedApology } from '../letters/types';
import type { Repaired } from '../settings/repair';
import {
  type ApologyBook,
  EMPTY_BOOK,
  enterSlips,
  prunedBook,
  type SlipOutcome,
  type SlipRequest,
  slipFor,
} from './apology-book';
import { repairApologyBook } from './apology-repair';

/** In storage.local: the numbers and new dates must outlive the session, for the rest of the dossier's life. */
export const apologyBookItem = storage.defineItem<ApologyBook>('local:apologyBook', {
  fallback: EMPTY_BOOK,
  version: 1,
});

/** The book as stored, put right where broken, with what was put right (for a notice). */
export async function readCheckedApologyBook(): Promise<Repaired<ApologyBook>> {
  return repairApologyBook(await apologyBookItem.getValue().catch(() => null));
}

/**
 * Entries are chained here. Only the background service worker calls this: every print page sends its slips there
 * (the `numberApologySlips` message), so two slips printed at once, from two pages, never get the same number.
 */
let queue: Promise<unknown> = Promise.resolve();

/** Enters the slips of a print request and gives each its number (or the reason it is refused). */
export function enterApologySlips(requests: readonly SlipRequest[], format: string): Promise<SlipOutcome[]> {
  const run = queue.then(async () => {
    const today = vietnamToday(now());
    const current = (await readCheckedApologyBook()).value;
    const { book, outcomes } = enterSlips(current, requests, today, format);
    await apologyBookItem.setValue(prunedBook(book, today));
    return outcomes;
  });
  queue = run.catch(() => {});
  return run;
}

/** The slips entered for these dossiers, by code, and what had to be put right in the book. */
export async function issuedApologies(
  codes: readonly string[],
): Promise<{ issued: Record<string, IssuedApology>; problems: string[] }> {
  const { value: book, problems } = await readCheckedApologyBook();
  const issued = Object.fromEntries(
    codes.flatMap((code) => {
      const slip = slipFor(book, code);
      return slip ? [[code, slip] as const] : [];
    }),
  );
  return { issued, problems };
}

/** Calls back whenever the book changes (a slip printed in another tab); returns the unwatch. */
export const watchApologyBook = (onChange: () => void): (() => void) => apologyBookItem.watch(onChange);
