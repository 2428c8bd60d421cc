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

  it('prunes past the retention on every call, and keeps what is within it', async () => {
    const old = { month: '2024-01', code: 'OLD', kind: 'other', outcome: 'open' } as const;
    const recent = { month: '2026-11', code: 'NEW', kind: 'other', outcome: 'open' } as const;
    for (const round of [1, 2]) {
      await registerItem.setValue({ letters: [], seen: [old, recent], courtesy: {} });
      await pruneRegister(12);
      expect((await readCheckedRegister()).value.seen, `round ${round}`).toEqual([recent]);
    }
  });

  it('stores no register when none was stored', async () => {
    await pruneRegister(12);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
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
