import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { savePrintJob, takePrintJob } from '../print/print-job';
import {
  DOSSIER_RECORD_MAX_AGE_MS,
  MAX_DOSSIER_RECORDS,
  MAX_PRINT_JOBS,
  pruneSession,
  readSessionRecords,
  sessionRecordItem,
  staleKeys,
  writeSessionRecord,
} from './session-store';

describe('staleKeys', () => {
  const at = 10 * DOSSIER_RECORD_MAX_AGE_MS;

  it('drops dossier records past their age, and the oldest beyond the count', () => {
    const index: Record<string, number> = { 'manual:old': at - DOSSIER_RECORD_MAX_AGE_MS - 1, 'manual:new': at };
    for (let i = 0; i < MAX_DOSSIER_RECORDS + 3; i += 1) index[`dossier:${i}`] = at - 1000 + i;
    const stale = staleKeys(index, at);
    expect(stale).toContain('manual:old');
    expect(stale).not.toContain('manual:new');
    // Two dossier records beyond the bound are dropped too, the oldest first (one slot went to "manual:new").
    expect(stale.filter((key) => key.startsWith('dossier:')).sort()).toEqual([
      'dossier:0',
      'dossier:1',
      'dossier:2',
      'dossier:3',
    ]);
  });

  it('keeps few print jobs, and none for long', () => {
    const index: Record<string, number> = {};
    for (let i = 0; i < MAX_PRINT_JOBS + 2; i += 1) index[`print:${i}`] = at - i;
    expect(staleKeys(index, at).sort()).toEqual([`print:${MAX_PRINT_JOBS}`, `print:${MAX_PRINT_JOBS + 1}`].sort());
  });
});

describe('session records', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps what fits its kind and refuses what does not', async () => {
    expect(await writeSessionRecord('courtesy', 'H-1', ['greeted'])).toBe(true);
    expect(await writeSessionRecord('courtesy', 'H-2', 'đã chào')).toBe(false);
    expect(await writeSessionRecord('manual', 'H-1', { dueAt: '2030-01-15' })).toBe(true);
    expect(await readSessionRecords('courtesy', ['H-1', 'H-2'])).toEqual({
      values: { 'H-1': ['greeted'] },
      problems: [],
    });
    expect(await writeSessionRecord('courtesy', 'H-1', null)).toBe(true);
    expect((await readSessionRecords('courtesy', ['H-1'])).values).toEqual({});
  });

  it('resets a broken record once, with a notice that names no dossier', async () => {
    await fakeBrowser.storage.session.set({ 'manual:H-9': 42, 'courtesy:H-9': ['greeted', 'danced'] });
    const manual = await readSessionRecords('manual', ['H-9']);
    expect(manual.values).toEqual({});
    expect(manual.problems).toEqual([expect.stringContaining('1 bản ghi')]);
    expect(manual.problems[0]).not.toContain('H-9');
    const courtesy = await readSessionRecords('courtesy', ['H-9']);
    expect(courtesy.values).toEqual({ 'H-9': ['greeted'] });
    // Reset: the next read is clean.
    expect((await readSessionRecords('courtesy', ['H-9'])).problems).toEqual([]);
    expect((await readSessionRecords('manual', ['H-9'])).problems).toEqual([]);
  });
});

describe('the session area’s items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps each record under its own key, with the time of its last write in the index, and no version marks', async () => {
    expect(await writeSessionRecord('courtesy', 'H-1', ['greeted'])).toBe(true);
    const stored = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(stored).sort()).toEqual(['courtesy:H-1', 'mctt:session-index']);
    expect(stored['courtesy:H-1']).toEqual(['greeted']);
    expect(Object.keys(stored['mctt:session-index'] as object)).toEqual(['courtesy:H-1']);
    expect(await sessionRecordItem('courtesy:H-1').getValue()).toEqual(['greeted']);
    // Forgotten: the record and its index entry go.
    await writeSessionRecord('courtesy', 'H-1', null);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'mctt:session-index': {} });
  });

  it('falls back to nothing: a record never written, or an index of the wrong shape', async () => {
    expect(await sessionRecordItem('manual:H-404').getValue()).toBeNull();
    await fakeBrowser.storage.session.set({ 'mctt:session-index': ['not', 'an', 'index'] });
    expect(await writeSessionRecord('manual', 'H-1', { dueAt: '2030-01-15' })).toBe(true);
    const { 'mctt:session-index': index } = await fakeBrowser.storage.session.get('mctt:session-index');
    expect(Object.keys(index as object)).toEqual(['manual:H-1']);
  });

  it('pruning drops stale records and index entries whose record is already gone', async () => {
    await writeSessionRecord('manual', 'H-1', { dueAt: '2030-01-15' });
    await writeSessionRecord('manual', 'H-2', { dueAt: '2030-01-16' });
    await fakeBrowser.storage.session.remove('manual:H-2');
    await pruneSession();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({
      'manual:H-1': { dueAt: '2030-01-15' },
      'mctt:session-index': { 'manual:H-1': expect.any(Number) },
    });
  });

  it('a print job is kept for the print page and taken once, as it is read', async () => {
    const job = { letters: [{ kind: 'thank-you' as const, dossier: null }] };
    const id = await savePrintJob(job);
    expect(await fakeBrowser.storage.session.get(`print:${id}`)).toEqual({ [`print:${id}`]: job });
    expect(await takePrintJob(id)).toEqual(job);
    expect(await fakeBrowser.storage.session.get(`print:${id}`)).toEqual({});
    // Not a job: nothing for the print page.
    await fakeBrowser.storage.session.set({ 'print:odd': { letters: 'all' } });
    expect(await takePrintJob('odd')).toBeNull();
    expect(await takePrintJob('never-kept')).toBeNull();
  });
});
