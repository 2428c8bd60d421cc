// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clearRowMarks, markRows } from './row-marks';

describe('markRows', () => {
  it('marks rows once, with one style sheet, and clears them', () => {
    document.body.innerHTML = '<table><tr id="a"><td>1</td></tr><tr id="b"><td>2</td></tr></table>';
    const a = document.getElementById('a') as Element;
    const b = document.getElementById('b') as Element;
    markRows(document, [
      { row: a, level: 'overdue' },
      { row: b, level: null },
    ]);
    markRows(document, [{ row: a, level: 'overdue' }]);
    expect(a.getAttribute('data-mctt-level')).toBe('overdue');
    expect(b.hasAttribute('data-mctt-level')).toBe(false);
    // A finished row carries no mark; a row in the citizen's hands is marked without an alarm.
    markRows(document, [
      { row: a, level: 'closed' },
      { row: b, level: 'waiting' },
    ]);
    expect(a.hasAttribute('data-mctt-level')).toBe(false);
    expect(b.getAttribute('data-mctt-level')).toBe('waiting');
    expect(document.querySelectorAll('#mctt-row-flags')).toHaveLength(1);
    clearRowMarks(document);
    expect(a.hasAttribute('data-mctt-level')).toBe(false);
    expect(document.getElementById('mctt-row-flags')).toBeNull();
  });
});
