import type { DossierKind } from '../dossier/types';
import { LETTER_KINDS } from '../letters/kinds';
import type { LetterKind } from '../letters/types';
import type { CourtesyAct } from '../scripts/types';
import { monthOf } from './months';
import type { Register } from './register-types';

export const REPORT_ACTS: readonly CourtesyAct[] = ['greeted', 'askedPermission', 'thanked', 'apologised'];

export interface MonthlyReport {
  month: string;
  lettersByKind: Record<LetterKind, number>;
  lettersTotal: number;
  dossiersSeen: number;
  dossiersByKind: Record<DossierKind, number>;
  /** Dossiers seen returned this month, and how many of them by their due day. */
  returned: number;
  returnedOnTime: number;
  /** returnedOnTime / returned, or null when none was returned. */
  onTimeShare: number | null;
  apologies: number;
  courtesy: Record<CourtesyAct, number>;
}

/** Totals of one month (`YYYY-MM`) from the register: counts only, no names. */
export function monthlyReport(register: Register, month: string): MonthlyReport {
  const lettersByKind = Object.fromEntries(LETTER_KINDS.map((k) => [k, 0])) as Record<LetterKind, number>;
  for (const letter of register.letters) {
    if (monthOf(letter.printedAt) === month) lettersByKind[letter.kind] += 1;
  }
  const seen = register.seen.filter((r) => r.month === month);
  const dossiersByKind: Record<DossierKind, number> = { birth: 0, marriage: 0, death: 0, other: 0 };
  for (const record of seen) dossiersByKind[record.kind] += 1;
  const returned = seen.filter((r) => r.outcome !== 'open').length;
  const returnedOnTime = seen.filter((r) => r.outcome === 'on-time').length;
  const ticks = register.courtesy[month] ?? {};
  return {
    month,
    lettersByKind,
    lettersTotal: Object.values(lettersByKind).reduce((a, b) => a + b, 0),
    dossiersSeen: seen.length,
    dossiersByKind,
    returned,
    returnedOnTime,
    onTimeShare: returned === 0 ? null : returnedOnTime / returned,
    apologies: lettersByKind.apology,
    courtesy: Object.fromEntries(REPORT_ACTS.map((act) => [act, ticks[act] ?? 0])) as Record<CourtesyAct, number>,
  };
}

/** Every month with something in the register, newest first, always with the current month. */
export function reportMonths(register: Register, current: string): string[] {
  const months = new Set([current, ...register.seen.map((r) => r.month), ...Object.keys(register.courtesy)]);
  for (const letter of register.letters) months.add(monthOf(letter.printedAt));
  return [...months].sort().reverse();
}
