import type { Dossier } from '../dossier/types';
import { displayDay } from '../format/display-date';
import { givenName, personName } from '../letters/people';
import type { AddressStyle } from '../letters/types';
import { capitalise, honorific } from './honorific';

export interface ScriptContext {
  dossier: Dossier;
  /** New return date (YYYY-MM-DD) for apologies. */
  newReturnDate?: string;
  /** ông/bà or anh/chị, as the team lead chose for the commune. */
  address?: AddressStyle;
}

/**
 * Fills a script for one citizen. A value the page did not give is left out gracefully (never "undefined" or raw
 * braces): "Xin chào ông !" becomes "Xin chào ông!". Dates are days only, so a time never lands inside "ngày …".
 */
export function personalise(text: string, { dossier, newReturnDate, address }: ScriptContext): string {
  const title = honorific(dossier.applicant, address);
  const values: Record<string, string> = {
    honorific: title,
    Honorific: capitalise(title),
    applicantName: personName(dossier.applicant.name) ?? '',
    givenName: givenName(dossier.applicant.name) ?? '',
    code: dossier.code,
    procedureName: dossier.procedureName,
    dueDate: displayDay(dossier.dueAt),
    newReturnDate: displayDay(newReturnDate),
  };
  return text
    .normalize('NFC')
    .replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '')
    .replace(/[ \t]+([,.!?;:])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
