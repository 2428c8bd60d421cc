import { storage } from '#imports';
import { type CommuneData, EMPTY_COMMUNE, type ImportResult, importDeskTexts, normalisedCommune } from './commune-data';

/**
 * The team lead's combined desk files, in storage.local until the team lead clears them. Counts, desk names and ids,
 * and dossier codes only when desks sent them: no citizen names. Version 1; a new shape gets a migration here.
 */
export const communeItem = storage.defineItem<CommuneData>('local:communeReport', {
  fallback: EMPTY_COMMUNE,
  version: 1,
});

export async function readCommune(): Promise<CommuneData> {
  return normalisedCommune(await communeItem.getValue());
}

let queue: Promise<unknown> = Promise.resolve();

/** Reads, merges and stores several desk files; writes nothing when nothing changed (a file imported again). */
export function importDeskFiles(files: readonly { fileName: string; text: string }[]): Promise<ImportResult[]> {
  const next = queue.then(async () => {
    const before = await readCommune();
    const { data, results } = importDeskTexts(before, files);
    if (data !== before) await communeItem.setValue(data);
    return results;
  });
  queue = next.catch(() => {});
  return next;
}

export const saveCommune = (data: CommuneData) => communeItem.setValue(data);

export const clearCommune = () => communeItem.setValue(EMPTY_COMMUNE);
