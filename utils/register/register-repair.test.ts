import { describe, expect, it } from 'vitest';
import { bounded, MAX_SEEN_RECORDS, repairRegister } from './register-repair';
import type { Register, SeenRecord } from './register-types';

const good: Register = {
  letters: [{ id: 'a-0', printedAt: '2026-11-25T03:00:00.000Z', kind: 'condolence', dossierCode: 'H56-1' }],
  seen: [{ month: '2026-11', code: 'H56-1', kind: 'death', outcome: 'open' }],
  courtesy: { '2026-11': { greeted: 3 } },
};

describe('repairRegister', () => {
  it('keeps a good register as it is, without a notice', () => {
    expect(repairRegister(good)).toEqual({ value: good, problems: [] });
    expect(repairRegister(undefined).problems).toEqual([]);
  });

  it.each<[string, unknown, number]>([
    ['a null entry', { ...good, seen: [null, ...good.seen] }, 1],
    ['a string for the letters', { ...good, letters: 'nhiều' }, 1],
    ['a letter of no known kind', { ...good, letters: [...good.letters, { ...good.letters[0], kind: 'poem' }] }, 1],
    ['a negative count', { ...good, courtesy: { '2026-11': { greeted: -1, thanked: 2 } } }, 1],
    ['a number for the whole register', 42, 1],
  ])('%s is left out and counted in a notice', (_, stored, dropped) => {
    const { value, problems } = repairRegister(stored);
    expect(problems).toEqual([expect.stringContaining(`${dropped} mục bị hỏng`)]);
    expect(Array.isArray(value.letters) && Array.isArray(value.seen)).toBe(true);
  });

  it('drops fields a record does not have', () => {
    const { value } = repairRegister({ ...good, seen: [{ ...good.seen[0], applicantName: 'Nguyễn Văn A' }] });
    expect(value.seen).toEqual(good.seen);
  });
});

describe('bounded', () => {
  it('drops the oldest seen records first once the register is full', () => {
    const seen: SeenRecord[] = Array.from({ length: MAX_SEEN_RECORDS + 5 }, (_, i) => ({
      month: i < 10 ? '2025-01' : '2026-11',
      code: `H-${i}`,
      kind: 'other',
      outcome: 'open',
    }));
    const kept = bounded({ letters: [], seen, courtesy: {} }).seen;
    expect(kept).toHaveLength(MAX_SEEN_RECORDS);
    expect(kept.filter((r) => r.month === '2025-01')).toHaveLength(5);
    expect(kept.at(-1)?.code).toBe(`H-${MAX_SEEN_RECORDS + 4}`);
  });
});
