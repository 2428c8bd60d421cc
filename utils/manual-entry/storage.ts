import { loadForDossier, saveForDossier } from '../session/dossier-session';
import type { ManualEntry } from './manual-entry';

export const loadManualEntry = (dossierKey: string) => loadForDossier<ManualEntry>('manual', dossierKey);

export const saveManualEntry = (dossierKey: string, entry: ManualEntry | null) =>
  saveForDossier('manual', dossierKey, entry);
