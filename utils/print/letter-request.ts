import type { MissingField } from '../letters/fill';
import { missingLetterFields } from '../letters/prepare';
import type { LetterRequest } from '../letters/render';
import type { Settings } from '../settings/schema';
import { officeProfileOf } from '../settings/schema';
import type { LetterOrder } from './print-job';

/** An officer's order with what the team lead decided: office profile, edited template, address style. */
export function letterRequest(order: LetterOrder, settings: Settings): LetterRequest {
  return {
    kind: order.kind,
    dossier: order.dossier,
    office: officeProfileOf(settings.office),
    options: {
      ...order.options,
      address: settings.letters.addressStyle,
      template: settings.letters.templates[order.kind],
      gift: settings.letters.marriageGift,
      familyCriteria: settings.letters.familyCriteriaText.trim()
        ? { title: settings.letters.familyCriteriaTitle, text: settings.letters.familyCriteriaText }
        : undefined,
    },
  };
}

/** Given by the register when the letter is printed, so never asked of the officer beforehand. */
const GIVEN_AT_PRINTING: ReadonlySet<string> = new Set(['letter.number']);

/** What the letter still lacks, once per label (empty: ready to print). */
export function missingFor(order: LetterOrder, settings: Settings): MissingField[] {
  const { kind, dossier, office, options } = letterRequest(order, settings);
  const missing = missingLetterFields(kind, dossier, office, options).filter(
    (field) => !GIVEN_AT_PRINTING.has(field.field),
  );
  return missing.filter((field, i) => missing.findIndex((other) => other.label === field.label) === i);
}

/** Fields the team lead fills in once, in the options page, rather than the officer per dossier. */
export const isOfficeField = (field: MissingField) =>
  field.field.startsWith('office.') || field.field === 'letter.placeDate';
