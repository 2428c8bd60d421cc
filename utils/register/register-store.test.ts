import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setTodayOverride } from '../clock/clock';
import { isRegisterChange, type RegisterChange } from './register-changes';
import { applyRegisterChange, pruneRegister, readCheckedRegister, registerItem } from './register-store';

const seen = (code: string): RegisterChange => ({
  op: 'seen',
  dossier: { code, kind: 'birth', status: 'processing', dueAt: '2026-11-27' },
});

describe('the register store (the background’s)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    setTodayOverride('2026-11-25');
  });

  it('loses no write when many arrive at once', async () => {
    await Promise.all(['A', 'B', 'C', 'D', 'E', 'F'].map((code) => applyRegisterChange(seen(code), 12)));
    await Promise.all([1, 2, 3].map(() => applyRegisterChange({ op: 'courtesy', act: 'greeted', change: 1 }, 12)));
    const { value } = await readCheckedRegister();
    expect(value.seen.map((r) => r.code).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(value.courtesy['2026-11']).toEqual({ greeted: 3 });
  });

  it('clears', async () => {
    await applyRegisterChange(seen('A'), 12);
    await applyRegisterChange({ op: 'clear' }, 12);
    expect((await readCheckedRegister()).value).toEqual({ letters: [], seen: [], courtesy: {} });
  });

  it('prunes past the retention once a day, or at once when forced', async () => {
    await registerItem.setValue({
      letters: [],
      seen: [{ month: '2024-01', code: 'OLD', kind: 'other', outcome: 'open' }],
      courtesy: {},
    });
    expect(await pruneRegister(12)).toBe(true);
    expect((await readCheckedRegister()).value.seen).toEqual([]);
    await registerItem.setValue({
      letters: [],
      seen: [{ month: '2024-01', code: 'OLD', kind: 'other', outcome: 'open' }],
      courtesy: {},
    });
    expect(await pruneRegister(12)).toBe(false);
    expect(await pruneRegister(12, true)).toBe(true);
    expect((await readCheckedRegister()).value.seen).toEqual([]);
  });

  it('a broken register is written back repaired, and the report is told what was dropped', async () => {
    await fakeBrowser.storage.local.set({ register: { letters: 'x', seen: [null], courtesy: [] } });
    await applyRegisterChange(seen('A'), 12);
    const { value, problems } = await readCheckedRegister();
    expect(value.seen.map((r) => r.code)).toEqual(['A']);
    expect(problems).toEqual([expect.stringContaining('mục bị hỏng')]);
  });
});

describe('isRegisterChange', () => {
  it.each<[unknown, boolean]>([
    [seen('A'), true],
    [{ op: 'seen', dossier: { code: '', kind: 'birth', status: 'processing' } }, false],
    [{ op: 'courtesy', act: 'greeted', change: 2 }, false],
    [{ op: 'courtesy', act: 'constructor', change: 1 }, false],
    [{ op: 'letters', records: [{ id: 'a', printedAt: '2026-11-25T00:00:00Z', kind: 'apology' }] }, true],
    [{ op: 'letters', records: [null] }, false],
    [{ op: 'note', ids: ['a'], note: 'trao tại nhà' }, true],
    [{ op: 'clear' }, true],
    [{ op: 'drop-table' }, false],
  ])('%j → %s', (change, ok) => expect(isRegisterChange(change)).toBe(ok));
});
