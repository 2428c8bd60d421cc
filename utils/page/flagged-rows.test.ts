// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { DossierSummary } from '../dossier/types';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { clearRowFlags, flagRows } from './flag-rows';
import { byUrgency, flagListRows } from './flagged-rows';

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

describe('flagListRows', () => {
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
    const [flagged] = flagListRows(
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
    const sorted = flagListRows(rows, NOW, DEFAULT_SETTINGS).sort(byUrgency);
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

describe('flagRows', () => {
  it('marks rows once, with one style sheet, and clears them', () => {
    document.body.innerHTML = '<table><tr id="a"><td>1</td></tr><tr id="b"><td>2</td></tr></table>';
    const a = document.getElementById('a') as Element;
    const b = document.getElementById('b') as Element;
    flagRows(document, [
      { row: a, level: 'overdue' },
      { row: b, level: null },
    ]);
    flagRows(document, [{ row: a, level: 'overdue' }]);
    expect(a.getAttribute('data-mctt-level')).toBe('overdue');
    expect(b.hasAttribute('data-mctt-level')).toBe(false);
    // A finished row carries no mark; a row in the citizen's hands is marked without an alarm.
    flagRows(document, [
      { row: a, level: 'closed' },
      { row: b, level: 'waiting' },
    ]);
    expect(a.hasAttribute('data-mctt-level')).toBe(false);
    expect(b.getAttribute('data-mctt-level')).toBe('waiting');
    expect(document.querySelectorAll('#mctt-row-flags')).toHaveLength(1);
    clearRowFlags(document);
    expect(a.hasAttribute('data-mctt-level')).toBe(false);
    expect(document.getElementById('mctt-row-flags')).toBeNull();
  });
});
