import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DOSSIER_RECORD_MAX_AGE_MS,
  MAX_DOSSIER_RECORDS,
  MAX_PRINT_JOBS,
  readSessionRecords,
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
