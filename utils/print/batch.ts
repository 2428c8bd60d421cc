import type { Dossier, DossierSummary } from '../dossier/types';
import type { MissingField } from '../letters/fill';
import { lettersFor } from '../letters/rules';
import type { DossierLetterKind, IssuedApology } from '../letters/types';
import type { Settings } from '../settings/schema';
import { letterContext, proposedReturnDate } from './letter-context';
import { missingFor } from './letter-request';
import type { LetterOrder } from './print-job';

/** One PDF should stay printable in one go on an office printer. */
export const BATCH_LIMIT = 50;

/** A list row as a dossier: what the table shows, without the record's subjects. */
export const dossierFromSummary = (summary: DossierSummary): Dossier => ({
  code: summary.code,
  procedureName: summary.procedureName,
  kind: summary.kind,
  status: summary.status,
  statusText: summary.statusText,
  applicant: { name: summary.applicantName },
  receivedAt: summary.receivedAt,
  dueAt: summary.dueAt,
});

export interface BatchCandidate {
  code: string;
  applicantName: string;
  kind: DossierLetterKind;
  order: LetterOrder;
  missing: MissingField[];
  /** True when the dossier was read whole on its own page in this session. */
  readWhole: boolean;
}

/** What the officer adds for the apology slips of a batch, and the slips already entered, by dossier code. */
export interface BatchApologies {
  /** Each dossier is late for its own reason. */
  reasons: Readonly<Record<string, string>>;
  issued: Readonly<Record<string, IssuedApology>>;
}

/**
 * Every letter the rows of a list call for today. A dossier read whole earlier in the session gives its subjects
 * (child, spouses, deceased); from the table alone those letters list what is missing instead. Each apology slip
 * carries its own dossier's reason and new return date.
 */
export function batchCandidates(
  rows: readonly DossierSummary[],
  known: Readonly<Record<string, Dossier>>,
  now: number,
  settings: Settings,
  apologies: BatchApologies,
): BatchCandidate[] {
  return rows.flatMap((summary) => {
    const whole = known[summary.code];
    const dossier = whole ?? dossierFromSummary(summary);
    const context = letterContext(settings, apologies.issued[summary.code]);
    return lettersFor(dossier, now, context).map((kind) => {
      const reason = apologies.reasons[summary.code]?.trim();
      const order: LetterOrder =
        kind === 'apology'
          ? {
              kind,
              dossier,
              options: { reason: reason || undefined, newReturnDate: proposedReturnDate(dossier, now, settings) },
            }
          : { kind, dossier };
      return {
        code: summary.code,
        applicantName: summary.applicantName,
        kind,
        order,
        missing: missingFor(order, settings),
        readWhole: Boolean(whole),
      };
    });
  });
}
