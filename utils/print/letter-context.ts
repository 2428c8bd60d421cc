import { apologyReturnDate } from '../deadline';
import type { Dossier } from '../dossier/types';
import type { LetterContext } from '../letters/rules';
import type { IssuedApology } from '../letters/types';
import { calendarFor } from '../settings/deadline-settings';
import type { Settings } from '../settings/schema';

/** What the letter rules take from the settings, with the apology slip already entered for the dossier. */
export const letterContext = (settings: Settings, issuedApology?: IssuedApology): LetterContext => ({
  calendar: calendarFor(settings.deadline),
  condolenceMaxDays: settings.letters.condolenceMaxDays,
  issuedApology,
});

/** The new return date to propose for a dossier's apology slip under the settings. */
export const proposedReturnDate = (dossier: Pick<Dossier, 'dueAt'>, now: number, settings: Settings): string =>
  apologyReturnDate(dossier.dueAt, now, settings.deadline.apologyExtraWorkingDays, calendarFor(settings.deadline));
