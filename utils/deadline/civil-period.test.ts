import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar';
import { periodEnd } from './civil-period';

const calendar = createCalendar();

describe('periodEnd (Civil Code arts. 147–148)', () => {
  it.each([
    // Day 60 of a birth on 16/12/2025 is Saturday 14/2/2026, inside Tết (14–22/2): the period runs to Monday 23/2.
    ['2025-12-16', 60, '2026-02-23'],
    // Day 60 a working day: that day.
    ['2026-01-01', 60, '2026-03-02'],
    // Day 60 a Sunday: the Monday after.
    ['2026-09-30', 60, '2026-11-30'],
    // Day 15 (a death) on 30/4/2026, a holiday, then the weekend: Monday 4/5.
    ['2026-04-15', 15, '2026-05-04'],
    // Saturday 10/1/2026 is a make-up working day: the period ends on it.
    ['2025-11-11', 60, '2026-01-10'],
  ])('from %s, %i days → %s', (event, days, end) => expect(periodEnd(event, days, calendar)).toBe(end));

  it('follows the team lead’s days off', () => {
    expect(periodEnd('2026-01-01', 60, createCalendar({ extraDaysOff: ['2026-03-02'] }))).toBe('2026-03-03');
  });
});
