import { browser } from '#imports';

// Case data stays in the session area: gone when the browser closes, never in the portal's localStorage.
const keyFor = (kind: string, dossierKey: string) => `${kind}:${dossierKey}`;

/** What was kept for one dossier in this browser session (`kind` names the record: manual entry, courtesy…). */
export async function loadForDossier<T>(kind: string, dossierKey: string): Promise<T | null> {
  try {
    const key = keyFor(kind, dossierKey);
    const found = await browser.storage.session.get(key);
    return (found[key] as T | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Keeps (or with null, forgets) a record for one dossier; false when the browser refused. */
export async function saveForDossier<T>(kind: string, dossierKey: string, value: T | null): Promise<boolean> {
  try {
    const key = keyFor(kind, dossierKey);
    if (value === null) await browser.storage.session.remove(key);
    else await browser.storage.session.set({ [key]: value });
    return true;
  } catch {
    return false;
  }
}

/** Records of one kind for many dossiers in one read, by dossier key; missing ones are left out. */
export async function loadForDossiers<T>(kind: string, dossierKeys: readonly string[]): Promise<Record<string, T>> {
  if (dossierKeys.length === 0) return {};
  try {
    const found = await browser.storage.session.get(dossierKeys.map((key) => keyFor(kind, key)));
    return Object.fromEntries(
      dossierKeys.flatMap((key) => {
        const value = found[keyFor(kind, key)] as T | undefined;
        return value === undefined ? [] : [[key, value]];
      }),
    );
  } catch {
    return {};
  }
}
