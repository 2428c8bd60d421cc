import { describe, expect, it, vi } from 'vitest';
import { latestRecords } from './latest-records';

/** A load per call, resolved by the test in the order it chooses. */
function deferredLoads() {
  const pending = new Map<string | null, (records: string) => void>();
  const load = vi.fn(
    (key: string | null) =>
      new Promise<string>((resolve) => {
        pending.set(key, resolve);
      }),
  );
  const resolve = async (key: string | null) => {
    pending.get(key)?.(`records of ${key}`);
    await Promise.resolve();
    await Promise.resolve();
  };
  return { load, resolve };
}

describe('latestRecords', () => {
  it('two dossiers in quick succession, the first load finishing last: only the second is applied', async () => {
    const { load, resolve } = deferredLoads();
    const apply = vi.fn();
    const records = latestRecords(load, apply);
    void records.want('A');
    void records.want('B');
    await resolve('B');
    await resolve('A');
    expect(apply.mock.calls).toEqual([['B', 'records of B', false]]);
  });

  it('back to the first dossier before the second loaded: the second never lands on it', async () => {
    const { load, resolve } = deferredLoads();
    const apply = vi.fn();
    const records = latestRecords(load, apply);
    void records.want('A');
    await resolve('A');
    void records.want('B');
    void records.want('A');
    await resolve('B');
    await resolve('A');
    expect(apply.mock.calls).toEqual([
      ['A', 'records of A', false],
      ['A', 'records of A', false],
    ]);
  });

  it('the same dossier read again loads nothing', async () => {
    const { load, resolve } = deferredLoads();
    const records = latestRecords(load, vi.fn());
    void records.want('A');
    void records.want('A');
    await resolve('A');
    void records.want('A');
    expect(load).toHaveBeenCalledTimes(1);
    expect(records.isWanted('A')).toBe(true);
  });

  it('a change from another tab reloads only the dossier still wanted', async () => {
    const { load, resolve } = deferredLoads();
    const apply = vi.fn();
    const records = latestRecords(load, apply);
    void records.want('A');
    await resolve('A');
    void records.want('B');
    void records.reload('A');
    await resolve('B');
    void records.reload('B');
    await resolve('B');
    expect(load.mock.calls).toEqual([['A'], ['B'], ['B']]);
    expect(apply.mock.calls.at(-1)).toEqual(['B', 'records of B', true]);
  });
});
