import type { Dossier } from '../dossier/types';
import { vietnamDayOf } from './date-words';

/** Where a marriage's registration day comes from, for the officer to see. */
export type RegistrationSource = 'entered' | 'page' | 'today';

export interface RegistrationDay {
  day: string;
  source: RegistrationSource;
  /** The result date the page shows, when it differs from the day the officer entered (a plan gone stale?). */
  pageDay?: string;
}

/**
 * The day a marriage is registered: a marriage exists from registration, when both sign the register (Law on Civil
 * Status art. 18(2)), never from the day the dossier was received. The day the officer entered (the planned day
 * while the dossier is processed), else the result date the page shows, else today once the result is ready or
 * being returned (the plan hands the letter over with the certificate). Undefined while nobody knows it yet.
 */
export function registrationDay(dossier: Dossier, today: string): RegistrationDay | undefined {
  const entered = vietnamDayOf(dossier.registeredAt);
  const read = vietnamDayOf(dossier.completedAt);
  if (entered)
    return read && read !== entered
      ? { day: entered, source: 'entered', pageDay: read }
      : { day: entered, source: 'entered' };
  if (read) return { day: read, source: 'page' };
  if (dossier.status === 'result-ready' || dossier.status === 'returned') return { day: today, source: 'today' };
  return undefined;
}
