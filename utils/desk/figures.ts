import { vietnamToday } from '../deadline/vietnam-time';
import { vietnamDayOf } from '../letters/date-words';
import type { LetterKind } from '../letters/types';
import { monthlyReport } from '../register/monthly-report';
import type { Register } from '../register/register-types';

/** Letters handed to families and supporters (not apology slips, which go to the applicant of a late dossier). */
const HANDED_OVER: readonly LetterKind[] = [
  'birth-congratulation',
  'marriage-congratulation',
  'condolence',
  'thank-you',
];

/** Counts for the desk screen: no names, no codes, only totals. */
export interface DeskFigures {
  /** `YYYY-MM-DD`, Vietnam time. */
  day: string;
  /** Congratulation, condolence and thank-you letters printed today. */
  lettersToday: number;
  /**
   * Results returned this month, and how many by their due day. The register keeps a dossier's outcome by month,
   * not by day, so the screen gives the month's figure.
   */
  month: string;
  returnedThisMonth: number;
  onTimeThisMonth: number;
}

export function deskFigures(register: Register, now: number): DeskFigures {
  const day = vietnamToday(now);
  const month = day.slice(0, 7);
  const report = monthlyReport(register, month);
  let lettersToday = 0;
  for (const letter of register.letters) {
    if (HANDED_OVER.includes(letter.kind) && vietnamDayOf(letter.printedAt) === day) lettersToday += 1;
  }
  return {
    day,
    lettersToday,
    month,
    returnedThisMonth: report.returned,
    onTimeThisMonth: report.returnedOnTime,
  };
}

export const sameFigures = (a: DeskFigures | null, b: DeskFigures): boolean =>
  a !== null &&
  a.day === b.day &&
  a.lettersToday === b.lettersToday &&
  a.returnedThisMonth === b.returnedThisMonth &&
  a.onTimeThisMonth === b.onTimeThisMonth;
