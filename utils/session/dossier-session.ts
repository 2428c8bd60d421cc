import { browser } from '#imports';
import type { BackgroundMessage } from '../messaging/protocol';
import type { SessionKind } from './session-records';

/**
 * The content script's view of the session records: the background reads and writes storage.session for it (the
 * area stays closed to content scripts). Case data stays in the session: gone when the browser closes.
 */
export interface LoadedRecords<T> {
  values: Record<string, T>;
  /** Records that were broken and have been reset, in words for a notice. */
  problems: string[];
}

export async function loadRecords<T>(kind: SessionKind, dossierKeys: readonly string[]): Promise<LoadedRecords<T>> {
  if (dossierKeys.length === 0) return { values: {}, problems: [] };
  const message: BackgroundMessage = { type: 'mctt:session-get', kind, keys: [...dossierKeys] };
  try {
    const answer = (await browser.runtime.sendMessage(message)) as LoadedRecords<T> | undefined;
    return answer && typeof answer.values === 'object' ? answer : { values: {}, problems: [] };
  } catch {
    return { values: {}, problems: [] };
  }
}

/** What was kept for one dossier in this browser session. */
export async function loadForDossier<T>(kind: SessionKind, dossierKey: string): Promise<T | null> {
  return ((await loadRecords<T>(kind, [dossierKey])).values[dossierKey] as T | undefined) ?? null;
}

/** Records of one kind for many dossiers in one read, by dossier key; missing ones are left out. */
export async function loadForDossiers<T>(
  kind: SessionKind,
  dossierKeys: readonly string[],
): Promise<Record<string, T>> {
  return (await loadRecords<T>(kind, dossierKeys)).values;
}

/** Keeps (or with null, forgets) a record for one dossier; false when it could not be kept. */
export async function saveForDossier<T>(kind: SessionKind, dossierKey: string, value: T | null): Promise<boolean> {
  const message: BackgroundMessage = { type: 'mctt:session-set', kind, key: dossierKey, value };
  try {
    return (await browser.runtime.sendMessage(message)) === true;
  } catch {
    return false;
  }
}
