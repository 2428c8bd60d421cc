import type { DossierKind } from '../dossier/types';
import type { LetterKind } from '../letters/types';
import type { CourtesyAct } from '../scripts/types';

/** One printed letter. Only what the monthly report needs: no names, no addresses. */
export interface LetterRecord {
  id: string;
  printedAt: string;
  kind: LetterKind;
  /** The dossier's code (mã hồ sơ); absent for a thank-you certificate. */
  dossierCode?: string;
  /** What the officer chose to note ("trao tại lễ"), nothing more. */
  note?: string;
}

export type DossierOutcome = 'open' | 'on-time' | 'late';

/** A dossier the sidebar read in a month: once per code and month, with how it ended if it has. */
export interface SeenRecord {
  month: string;
  code: string;
  kind: DossierKind;
  outcome: DossierOutcome;
}

/** "4 xin" ticks, as totals per month: which dossier they were for is not kept. */
export type CourtesyTotals = Record<string, Partial<Record<CourtesyAct, number>>>;

export interface Register {
  letters: LetterRecord[];
  seen: SeenRecord[];
  courtesy: CourtesyTotals;
}
