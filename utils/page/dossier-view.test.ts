import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BIRTH } from '../letters/test-fixtures';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { dossierView } from './dossier-view';

const NOW = Date.parse('2026-03-05T10:00:00+07:00');
const late = { ...BIRTH, status: 'processing', dueAt: '2026-03-03' } as const;

describe('dossierView', () => {
  beforeEach(() => vi.useFakeTimers({ now: NOW }));
  afterEach(() => vi.useRealTimers());

  it('a late dossier: overdue, at the overdue stage, with a proposed new date and the apology slip offered', () => {
    const view = dossierView(late, NOW, DEFAULT_SETTINGS);
    expect(view.deadline?.level).toBe('overdue');
    expect(view.stage).toBe('overdue');
    expect(view.newReturnDate > '2026-03-05').toBe(true);
    expect(view.letters.find((l) => l.kind === 'apology')?.applies).toBe(true);
  });

  it('a slip already entered: its date is the one promised, and no second slip is offered', () => {
    const issued = {
      dossierCode: late.code,
      number: '3/PXL-UBND',
      issuedOn: '2026-03-04',
      newReturnDate: '2026-03-20',
      reason: 'Chờ xác minh',
    };
    const view = dossierView(late, NOW, DEFAULT_SETTINGS, issued);
    expect(view.newReturnDate).toBe('2026-03-20');
    expect(view.issued).toBe(issued);
    expect(view.letters.find((l) => l.kind === 'apology')?.applies).toBe(false);
  });

  it('a returned birth dossier: closed, at the returning stage, its congratulation letter listed', () => {
    const view = dossierView(BIRTH, NOW, DEFAULT_SETTINGS);
    expect(view.deadline?.level).toBe('closed');
    expect(view.stage).toBe('returning');
    expect(view.letters.map((l) => l.kind)).toContain('birth-congratulation');
  });
});
