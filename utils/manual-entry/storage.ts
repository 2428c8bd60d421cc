import { browser } from '#imports';
import type { ManualEntry } from './manual-entry';

// Case data stays in the session area: gone when the browser closes, never in the portal's localStorage.
const keyFor = (dossierKey: string) => `manual:${dossierKey}`;

export async function loadManualEntry(dossierKey: string): Promise<ManualEntry | null> {
  try {
    const key = keyFor(dossierKey);
    const found = await browser.storage.session.get(key);
    return (found[key] as ManualEntry | undefined) ?? null;
  } catch {
    return null;
  }
}

export async function saveManualEntry(dossierKey: string, entry: ManualEntry | null): Promise<boolean> {
  try {
    const key = keyFor(dossierKey);
    if (entry) await browser.storage.session.set({ [key]: entry });
    else await browser.storage.session.remove(key);
    return true;
  } catch {
    return false;
  }
}
