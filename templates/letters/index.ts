import type { LetterKind, LetterTemplate } from '../../utils/letters/types';
import { APOLOGY } from './apology';
import { BIRTH_CONGRATULATION } from './birth-congratulation';
import { CONDOLENCE } from './condolence';
import { MARRIAGE_CONGRATULATION } from './marriage-congratulation';
import { THANK_YOU } from './thank-you';

/** The default letter templates, our own wording; team leads may replace any of them in the settings. */
export const DEFAULT_LETTER_TEMPLATES: Readonly<Record<LetterKind, LetterTemplate>> = {
  'birth-congratulation': BIRTH_CONGRATULATION,
  'marriage-congratulation': MARRIAGE_CONGRATULATION,
  condolence: CONDOLENCE,
  'thank-you': THANK_YOU,
  apology: APOLOGY,
};
