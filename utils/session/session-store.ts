import { storage } from '#imports';
import { now } from '../clock/clock';
import { brokenRecordsNotice, checkRecord, type SessionKind } from './session-records';

/**
 * storage.session for the extension's trusted contexts (background, print page). Content scripts ask the
 * background through messages; the session area is never opened to them.
 *
 * Each record's last write is kept in an index, so the area stays bounded: old dossiers and print jobs go first.
 */
type Index = Record<string, number>;

/** When each record was last written, by its key (below). */
const sessionIndex = storage.defineItem<Index>('session:mctt:session-index', { fallback: {}, version: 1 });

/** One record in the session area: a dossier's (`manual:H-1`) or a print job (`print:<id>`). */
export const sessionRecordItem = (key: string) =>
  storage.defineItem<unknown>(`session:${key}`, { fallback: null, version: 1 });

/** Records of dossiers (three kinds each): a day's work and then some. */
export const MAX_DOSSIER_RECORDS = 600;
/** A browser left open for days still drops what nobody has looked at for half a day. */
export const DOSSIER_RECORD_MAX_AGE_MS = 12 * 3600_000;
/** Print jobs are taken by the print page at once; one that never was is dropped after a while. */
export const MAX_PRINT_JOBS = 20;
export const PRINT_JOB_MAX_AGE_MS = 30 * 60_000;

export const recordKey = (kind: string, dossierKey: string) => `${kind}:${dossierKey}`;
const isPrintKey = (key: string) => key.startsWith('print:');

async function readIndex(): Promise<Index> {
  const found: unknown = await sessionIndex.getValue();
  if (typeof found !== 'object' || found === null || Array.isArray(found)) return {};
  return Object.fromEntries(Object.entries(found).filter(([, at]) => typeof at === 'number'));
}

/** The keys to drop: past their age, or beyond their count (oldest first). */
export function staleKeys(index: Readonly<Index>, at: number): string[] {
  const stale: string[] = [];
  for (const [isPrint, max, maxAge] of [
    [false, MAX_DOSSIER_RECORDS, DOSSIER_RECORD_MAX_AGE_MS],
    [true, MAX_PRINT_JOBS, PRINT_JOB_MAX_AGE_MS],
  ] as const) {
    const entries = Object.entries(index)
      .filter(([key]) => isPrintKey(key) === isPrint)
      .sort(([, a], [, b]) => b - a);
    entries.forEach(([key, touched], i) => {
      if (i >= max || at - touched > maxAge) stale.push(key);
    });
  }
  return stale;
}

let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work);
  queue = next.catch(() => {});
  return next;
}

/** Writes (or with null, removes) records and brings the index and the bounds up to date, in one queue. */
export function writeSession(items: Record<string, unknown>): Promise<void> {
  return serialised(async () => {
    const at = now();
    const index = await readIndex();
    const set: { item: ReturnType<typeof sessionRecordItem>; value: unknown }[] = [];
    const remove: string[] = [];
    for (const [key, value] of Object.entries(items)) {
      if (value === null) {
        remove.push(key);
        delete index[key];
      } else {
        set.push({ item: sessionRecordItem(key), value });
        index[key] = at;
      }
    }
    for (const key of staleKeys(index, at)) {
      remove.push(key);
      delete index[key];
    }
    if (remove.length > 0) await storage.removeItems(remove.map(sessionRecordItem));
    await storage.setItems([...set, { item: sessionIndex, value: index }]);
  });
}

/** Drops stale records (whenever the background starts), and index entries whose record is already gone. */
export function pruneSession(): Promise<void> {
  return serialised(async () => {
    const index = await readIndex();
    const stale = staleKeys(index, now());
    const kept = await storage.getItems(Object.keys(index).map(sessionRecordItem));
    for (const { key, value } of kept) if (value === null) delete index[key.replace(/^session:/, '')];
    for (const key of stale) delete index[key];
    if (stale.length > 0) await storage.removeItems(stale.map(sessionRecordItem));
    await sessionIndex.setValue(index);
  });
}

export interface SessionRead {
  values: Record<string, unknown>;
  problems: string[];
}

/** Records of one kind for some dossiers, each checked for its shape; broken ones are reset and counted. */
export async function readSessionRecords(kind: SessionKind, dossierKeys: readonly string[]): Promise<SessionRead> {
  if (dossierKeys.length === 0) return { values: {}, problems: [] };
  const found = await storage.getItems(dossierKeys.map((key) => sessionRecordItem(recordKey(kind, key))));
  const values: Record<string, unknown> = {};
  const broken: Record<string, null> = {};
  for (const [i, key] of dossierKeys.entries()) {
    const stored = found[i]?.value ?? null;
    if (stored === null) continue;
    const checked = checkRecord(kind, stored);
    if (checked.value !== null) values[key] = checked.value;
    if (checked.broken) broken[recordKey(kind, key)] = null;
  }
  const count = Object.keys(broken).length;
  // Reset at once, so the notice is given once and never again for the same record.
  if (count > 0) await writeSession(broken).catch(() => {});
  return { values, problems: count > 0 ? [brokenRecordsNotice(count)] : [] };
}

/** Keeps (or with null, forgets) one dossier's record; false for a value of the wrong shape. */
export async function writeSessionRecord(kind: SessionKind, dossierKey: string, value: unknown): Promise<boolean> {
  if (value !== null) {
    const checked = checkRecord(kind, value);
    if (checked.broken || checked.value === null) return false;
    value = checked.value;
  }
  await writeSession({ [recordKey(kind, dossierKey)]: value });
  return true;
}
