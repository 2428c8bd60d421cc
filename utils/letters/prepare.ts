import { DEFAULT_LETTER_TEMPLATES } from '../../templates/letters';
import { now } from '../clock/clock';
import { vietnamToday } from '../deadline';
import type { Dossier } from '../dossier/types';
import { fillTemplate, type MissingField, missingFields } from './fill';
import { letterValues } from './letter-values';
import { registrationDay } from './registration';
import type { FilledLetter, LetterKind, LetterOptions, LetterTemplate, OfficeProfile } from './types';

// Apart from render.ts so that the sidebar can check letters without bundling jsPDF, which render.ts loads.

export function templateOf(kind: LetterKind, options: LetterOptions | undefined): LetterTemplate {
  const template = options?.template ?? DEFAULT_LETTER_TEMPLATES[kind];
  if (template.kind !== kind) throw new RangeError(`A ${template.kind} template cannot print a ${kind} letter`);
  return template;
}

/**
 * A marriage letter printed ahead for the registration is dated on that day, when it is handed over with the
 * certificate; any other letter is dated the day it is printed unless the caller says otherwise.
 */
function withLetterDate(kind: LetterKind, dossier: Dossier | null, options: LetterOptions = {}): LetterOptions {
  if (kind !== 'marriage-congratulation' || !dossier || options.date !== undefined) return options;
  const today = vietnamToday(now());
  const planned = registrationDay(dossier, today)?.day;
  return planned && planned > today ? { ...options, date: planned } : options;
}

/** What a letter still lacks (empty when it can be printed), for the sidebar to show before printing. */
export function missingLetterFields(
  kind: LetterKind,
  dossier: Dossier | null,
  office: Partial<OfficeProfile>,
  options?: LetterOptions,
): MissingField[] {
  return missingFields(
    templateOf(kind, options),
    letterValues(dossier, office, withLetterDate(kind, dossier, options)),
  );
}

/** The letter's blocks, filled and in NFC, for a preview; a MissingFieldsError when fields are missing. */
export function prepareLetter(
  kind: LetterKind,
  dossier: Dossier | null,
  office: Partial<OfficeProfile>,
  options?: LetterOptions,
): FilledLetter {
  return fillTemplate(templateOf(kind, options), letterValues(dossier, office, withLetterDate(kind, dossier, options)));
}
