// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { DossierSummary } from '../dossier/types';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { byUrgency, withDeadlines } from './list-deadlines';

// Wednesday 25/11/2026, 10:00 in Vietnam.
const NOW = Date.parse('2026-11-25T10:00:00+07:00');

const summary = (dueAt: string | undefined, status: DossierSummary['status'] = 'processing'): DossierSummary => ({
  code: `HS-${dueAt}`,
  procedureName: 'Đăng ký khai sinh',
  kind: 'birth',
  status,
  statusText: '',
  applicantName: 'A',
  ...(dueAt && { dueAt }),
});

describe('withDeadlines', () => {
  it.each<[string | undefined, DossierSummary['status'], string | null]>([
    ['2026-11-20', 'processing', 'overdue'],
    ['2026-11-25', 'processing', 'due-today'],
    ['2026-11-27', 'processing', 'soon'],
    ['2026-12-10', 'processing', 'ok'],
    // The clock is not the office's: never an alarm, whatever the date.
    ['2026-11-20', 'returned', 'closed'],
    ['2026-11-20', 'result-ready', 'closed'],
    ['2026-11-20', 'supplement', 'waiting'],
    ['2026-11-20', 'paused', 'waiting'],
    [undefined, 'supplement', 'waiting'],
    [undefined, 'processing', null],
  ])('due %s, %s → %s', (dueAt, status, level) => {
    const [flagged] = withDeadlines(
      [{ row: document.createElement('tr'), summary: summary(dueAt, status) }],
      NOW,
      DEFAULT_SETTINGS,
    );
    expect(flagged?.deadline?.level ?? null).toBe(level);
  });

  it('sorts the most urgent first', () => {
    const rows = ['2026-12-10', '2026-11-27', '2026-11-18', '2026-11-25', '2026-11-24', '2026-11-26'].map((d) => ({
      row: document.createElement('tr'),
      summary: summary(d),
    }));
    const sorted = withDeadlines(rows, NOW, DEFAULT_SETTINGS).sort(byUrgency);
    expect(sorted.map((r) => r.summary.dueAt)).toEqual([
      '2026-11-18',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-12-10',
    ]);
  });
});
