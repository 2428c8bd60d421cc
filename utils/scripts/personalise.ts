import type { Dossier } from '../dossier/types';
import { displayDate } from '../format/display-date';
import { capitalise, honorific } from './honorific';
import { SCRIPT_NAMES } from './placeholders';

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
  const values: Record<string, string> = {
    honorific: title,
    Honorific: capitalise(title),
    applicantName: dossier.applicant.name,
    code: dossier.code,
    procedureName: dossier.procedureName,
    dueDate: displayDate(dossier.dueAt),
    newReturnDate: displayDate(newReturnDate),
  };
  return (
    text
      .normalize('NFC')
      // By code name ({{applicantName}}) or Vietnamese name ({{Tên người nộp}}); an unknown one is left out.
      .replace(/\{\{([^{}]*)\}\}/g, (_, key: string) => values[SCRIPT_NAMES.codeOf(key)] ?? '')
      .replace(/[ \t]+([,.!?;:])/g, '$1')
      .replace(/[ \t]{2,}/g, ' ')
      .trim()
  );
}
