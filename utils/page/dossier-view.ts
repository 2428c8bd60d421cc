import type { DeadlineStatus } from '../deadline';
import type { Dossier } from '../dossier/types';
import { letterEligibility } from '../letters/rules';
import type { IssuedApology, LetterEligibility } from '../letters/types';
import { letterContext, proposedReturnDate } from '../print/letter-context';
import { stageOf } from '../scripts/stage';
import type { Stage } from '../scripts/types';
import { deadlineUnder } from '../settings/deadline-settings';
import type { Settings } from '../settings/schema';

/** What the sidebar shows of one dossier, derived once from the dossier, the clock and the settings. */
export interface DossierView {
  deadline: DeadlineStatus | null;
  stage: Stage;
  /** The return date an apology slip promises: the one entered in the register, else the one proposed. */
  newReturnDate: string;
  /** The dossier's event letter (if it has one) and its apology slip, each with whether it applies and why. */
  letters: LetterEligibility[];
  /** The apology slip already entered in the register for this dossier. */
  issued?: IssuedApology;
}

export function dossierView(dossier: Dossier, now: number, settings: Settings, issued?: IssuedApology): DossierView {
  const deadline = deadlineUnder(dossier, now, settings.deadline);
  return {
    deadline,
    stage: stageOf(dossier.status, deadline?.level ?? null),
    // Once a slip is entered, its new date is the one promised: it is set only once.
    newReturnDate: issued?.newReturnDate ?? proposedReturnDate(dossier, now, settings),
    letters: letterEligibility(dossier, now, letterContext(settings, issued)),
    issued,
  };
}
