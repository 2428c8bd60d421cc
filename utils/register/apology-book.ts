import type { IssuedApology } from '../letters/types';
import { formatApologyNumber } from './apology-number';

/**
 * The register of apology slips: one slip per dossier, numbered in a yearly series. The law sets the new return
 * date only once, so a second slip for the same dossier is refused; the same slip may be printed again.
 */
export interface ApologyBook {
  slips: BookEntry[];
  /** The last number given, by year. */
  lastNumber: Record<string, number>;
}

export interface BookEntry extends IssuedApology {
  /** The print request that entered it, so that printing that request again gives the same slip. */
  request: string;
}

export const EMPTY_BOOK: ApologyBook = { slips: [], lastNumber: {} };

/** What the officer asked to print: one slip for one dossier. */
export interface SlipRequest {
  /** Unique per print request and letter, stable across reloads of the print page. */
  request: string;
  dossierCode: string;
  reason: string;
  newReturnDate: string;
  /** Printing an existing slip again names its number. */
  reprint?: string;
}

export type SlipOutcome = { ok: true; slip: IssuedApology } | { ok: false; existing: IssuedApology };

const withoutRequest = ({ request: _, ...slip }: BookEntry): IssuedApology => slip;

/** The slip entered for a dossier, if any. */
export function slipFor(book: ApologyBook, dossierCode: string): IssuedApology | undefined {
  const entry = book.slips.find((slip) => slip.dossierCode === dossierCode);
  return entry && withoutRequest(entry);
}

/**
 * Enters slips in the book, in order, on `today` (`YYYY-MM-DD`): a new dossier gets the year's next number; the
 * request that entered a slip, or a reprint naming its number, gets that slip back unchanged; any other second slip
 * for a dossier is refused with the one already entered. All or nothing: when one is refused, none is entered, so
 * the officer can print the others again without their numbers being taken.
 */
export function enterSlips(
  book: ApologyBook,
  requests: readonly SlipRequest[],
  today: string,
  format: string,
): { book: ApologyBook; outcomes: SlipOutcome[] } {
  const year = today.slice(0, 4);
  const slips = [...book.slips];
  const lastNumber = { ...book.lastNumber };
  const outcomes = requests.map((asked): SlipOutcome => {
    const existing = slips.find((slip) => slip.dossierCode === asked.dossierCode);
    if (existing) {
      const same = existing.request === asked.request || existing.number === asked.reprint;
      return same ? { ok: true, slip: withoutRequest(existing) } : { ok: false, existing: withoutRequest(existing) };
    }
    const serial = (lastNumber[year] ?? 0) + 1;
    lastNumber[year] = serial;
    const entry: BookEntry = {
      request: asked.request,
      dossierCode: asked.dossierCode,
      number: formatApologyNumber(format, serial, Number(year)),
      issuedOn: today,
      newReturnDate: asked.newReturnDate,
      reason: asked.reason.trim(),
    };
    slips.push(entry);
    return { ok: true, slip: withoutRequest(entry) };
  });
  if (outcomes.some((outcome) => !outcome.ok)) return { book, outcomes };
  return { book: { slips, lastNumber }, outcomes };
}

/**
 * Keeps this year's and last year's slips and counters: an open dossier is never older, and the book holds no more
 * than it needs (a reason may mention the citizen's case).
 */
export function prunedBook(book: ApologyBook, today: string): ApologyBook {
  const oldest = String(Number(today.slice(0, 4)) - 1);
  return {
    slips: book.slips.filter((slip) => slip.issuedOn.slice(0, 4) >= oldest),
    lastNumber: Object.fromEntries(Object.entries(book.lastNumber).filter(([year]) => year >= oldest)),
  };
}
