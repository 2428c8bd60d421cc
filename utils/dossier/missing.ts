import type { Dossier, DossierField } from './types';

/** Which of the fields the features rely on are still empty. */
export function missingFields(dossier: Dossier): DossierField[] {
  const missing: DossierField[] = [];
  if (!dossier.code) missing.push('code');
  if (!dossier.procedureName) missing.push('procedureName');
  if (!dossier.applicant.name) missing.push('applicant.name');
  if (!dossier.receivedAt) missing.push('receivedAt');
  if (!dossier.dueAt) missing.push('dueAt');
  if (dossier.status === 'unknown') missing.push('status');
  if (dossier.kind === 'birth') {
    if (!dossier.child?.name) missing.push('child.name');
    if (!dossier.child?.birthDate) missing.push('child.birthDate');
  }
  if (dossier.kind === 'marriage' && (dossier.spouses ?? []).filter((s) => s.name).length < 2) missing.push('spouses');
  if (dossier.kind === 'death') {
    if (!dossier.deceased?.name) missing.push('deceased.name');
    if (!dossier.deceased?.deathDate) missing.push('deceased.deathDate');
  }
  return missing;
}

/** A dossier with every field missing: what an officer's entries or taught fields fill when the page gave none. */
export const EMPTY_DOSSIER: Readonly<Dossier> = {
  code: '',
  procedureName: '',
  kind: 'other',
  status: 'unknown',
  statusText: '',
  applicant: { name: '' },
};
