import type { Dossier } from '../dossier/types';
import { displayDate } from '../format/display-date';
import { capitalise, honorific } from './honorific';

export interface ScriptContext {
  dossier: Dossier;
  /** New return date (YYYY-MM-DD) for apologies. */
  newReturnDate?: string;
}

/**
 * Fills a script for one citizen. A value the page did not give is left out gracefully (never "undefined" or raw
 * braces): "Xin chào ông !" becomes "Xin chào ông!".
 */
export function personalise(text: string, { dossier, newReturnDate }: ScriptContext): string {
  const title = honorific(dossier.applicant.gender);
  // A Map: {{constructor}} or {{toString}} finds nothing here, where a plain object would answer from its prototype.
  const values = new Map<string, string | undefined>([
    ['honorific', title],
    ['Honorific', capitalise(title)],
    ['applicantName', dossier.applicant.name],
    ['code', dossier.code],
    ['procedureName', dossier.procedureName],
    ['dueDate', displayDate(dossier.dueAt)],
    ['newReturnDate', displayDate(newReturnDate)],
  ]);
  return text
    .normalize('NFC')
    .replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
      const value = values.get(key);
      return typeof value === 'string' ? value : '';
    })
    .replace(/[ \t]+([,.!?;:])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
