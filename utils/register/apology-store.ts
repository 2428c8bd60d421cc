import { storage } from '#imports';
import { now } from '../clock/clock';
import { vietnamToday } from '../deadline';
import type { IssuedApology } from '../letters/types';
import {
  type ApologyBook,
  EMPTY_BOOK,
  enterSlips,
  prunedBook,
  type SlipOutcome,
  type SlipRequest,
  slipFor,
} from './apology-book';

/** In storage.local: the numbers and new dates must outlive the session, for the rest of the dossier's life. */
export const apologyBookItem = storage.defineItem<ApologyBook>('local:apologyBook', {
  fallback: EMPTY_BOOK,
  version: 1,
});

const normalised = (value: Partial<ApologyBook> | null): ApologyBook => ({
  slips: Array.isArray(value?.slips) ? value.slips : [],
  lastNumber: value?.lastNumber && typeof value.lastNumber === 'object' ? value.lastNumber : {},
});

// Entries from several print pages are chained, so two slips printed at once never get the same number.
let queue: Promise<unknown> = Promise.resolve();

/** Enters the slips of a print request and gives each its number (or the reason it is refused). */
export function enterApologySlips(requests: readonly SlipRequest[], format: string): Promise<SlipOutcome[]> {
  const run = queue.then(async () => {
    const today = vietnamToday(now());
    const current = normalised(await apologyBookItem.getValue());
    const { book, outcomes } = enterSlips(current, requests, today, format);
    await apologyBookItem.setValue(prunedBook(book, today));
    return outcomes;
  });
  queue = run.catch(() => {});
  return run;
}

/** The slips entered for these dossiers, by code. */
export async function issuedApologies(codes: readonly string[]): Promise<Record<string, IssuedApology>> {
  const book = normalised(await apologyBookItem.getValue().catch(() => null));
  return Object.fromEntries(
    codes.flatMap((code) => {
      const slip = slipFor(book, code);
      return slip ? [[code, slip] as const] : [];
    }),
  );
}

/** Calls back whenever the book changes (a slip printed in another tab); returns the unwatch. */
export const watchApologyBook = (onChange: () => void): (() => void) => apologyBookItem.watch(onChange);
