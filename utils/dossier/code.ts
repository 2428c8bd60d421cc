/**
 * Dossier codes: the national shape `000.17.22.H56-210531-0001` (unit id, receipt date, daily serial), and the
 * looser shapes some systems use (`H56.22-261120-0003`, `HS-2026-000123`). Tolerant on purpose.
 */
const CODE = /\b(?:[A-Z0-9]{1,6}\.){1,4}[A-Z0-9]{2,6}-\d{6}-\d{3,6}\b|\b[A-Z]{1,4}[A-Z0-9.]*-\d{4,8}-\d{3,6}\b/;

export function findDossierCode(text: string): string | undefined {
  return CODE.exec(text.slice(0, 2000))?.[0];
}

export const looksLikeDossierCode = (text: string): boolean => findDossierCode(text) === text.trim();
