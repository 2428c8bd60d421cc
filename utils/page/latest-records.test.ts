import { describe, expect, it, vi } from 'vitest';
import { latestRecords } from './latest-records';

/** What happens, in order: the page wants a dossier, another tab changes one, or a pending load finishes. */
type Step = ['want' | 'reload' | 'finish', string];

/** Plays the steps against loads the test finishes in the order it chooses; gives what was loaded and applied. */
async function play(steps: readonly Step[]) {
  const pending = new Map<string | null, (records: string) => void>();
  const load = vi.fn((key: string | null) => new Promise<string>((resolve) => pending.set(key, resolve)));
  const apply = vi.fn();
  const records = latestRecords(load, apply);
  for (const [step, key] of steps) {
    if (step === 'want') void records.want(key);
    else if (step === 'reload') void records.reload(key);
    else {
      pending.get(key)?.(`records of ${key}`);
      await Promise.resolve();
      await Promise.resolve();
    }
  }
  return { loaded: load.mock.calls.map(([key]) => key), applied: apply.mock.calls, records };
}

describe('latestRecords', () => {
  it.each<[string, Step[], string[], unknown[][]]>([
    [
      'two dossiers in quick succession, the first load finishing last: only the second is applied',
      [
        ['want', 'A'],
        ['want', 'B'],
        ['finish', 'B'],
        ['finish', 'A'],
      ],
      ['A', 'B'],
      [['B', 'records of B', false]],
    ],
    [
      'back to the first dossier before the second loaded: the second never lands on it',
      [
        ['want', 'A'],
        ['finish', 'A'],
        ['want', 'B'],
        ['want', 'A'],
        ['finish', 'B'],
        ['finish', 'A'],
      ],
      ['A', 'B', 'A'],
      [
        ['A', 'records of A', false],
        ['A', 'records of A', false],
      ],
    ],
    [
      'the same dossier read again loads nothing',
      [
        ['want', 'A'],
        ['want', 'A'],
        ['finish', 'A'],
        ['want', 'A'],
      ],
      ['A'],
      [['A', 'records of A', false]],
    ],
    [
      'a change from another tab reloads only the dossier still wanted',
      [
        ['want', 'A'],
        ['finish', 'A'],
        ['want', 'B'],
        ['reload', 'A'],
        ['finish', 'B'],
        ['reload', 'B'],
        ['finish', 'B'],
      ],
      ['A', 'B', 'B'],
      [
        ['A', 'records of A', false],
        ['B', 'records of B', false],
        ['B', 'records of B', true],
      ],
    ],
  ])('%s', async (_, steps, loaded, applied) => {
    const result = await play(steps);
    expect(result.loaded).toEqual(loaded);
    expect(result.applied).toEqual(applied);
  });

  it('a save finishing after the page moved on is told the dossier is no longer wanted', async () => {
    const { records } = await play([
      ['want', 'A'],
      ['finish', 'A'],
      ['want', 'B'],
    ]);
    expect(records.isWanted('A')).toBe(false);
    expect(records.isWanted('B')).toBe(true);
  });
});
