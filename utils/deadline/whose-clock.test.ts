import { describe, expect, it } from 'vitest';
import type { DossierStatus } from '../dossier/types';
import { createCalendar } from './calendar';
import { isUrgent } from './level';
import { clockOwner, dossierLevel } from './whose-clock';

const calendar = createCalendar();
// Wednesday 25/11/2026, 10:00 in Vietnam; the dossier was due the Friday before.
const NOW = '2026-11-25T10:00:00+07:00';
const LATE = '2026-11-20';

describe('whose clock', () => {
  it.each<[DossierStatus, string | null]>([
    ['new', 'overdue'],
    ['received', 'overdue'],
    ['processing', 'overdue'],
    ['overdue', 'overdue'],
    ['unknown', 'overdue'],
    // The citizen's turn: supplementing or paused is not the office's delay.
    ['supplement', 'waiting'],
    ['paused', 'waiting'],
    // Nothing more is owed: the result is ready by the appointment, or the dossier is finished.
    ['result-ready', 'closed'],
    ['returned', 'closed'],
    ['rejected', 'closed'],
    ['withdrawn', 'closed'],
  ])('a late dossier in status %s is %s', (status, level) => {
    const reading = dossierLevel({ status, dueAt: LATE }, NOW, calendar);
    expect(reading?.level ?? null).toBe(level);
    expect(isUrgent(reading)).toBe(level === 'overdue');
  });

  it('has no level while the office holds a dossier without a due date', () => {
    expect(dossierLevel({ status: 'processing' }, NOW, calendar)).toBeNull();
    expect(dossierLevel({ status: 'supplement' }, NOW, calendar)?.level).toBe('waiting');
  });

  it.each([
    ['ready the day after the appointment', LATE, '2026-11-21', 'overdue'],
    ['ready an hour after the appointment', '2026-11-20T16:30:00+07:00', '2026-11-20T17:30:00+07:00', 'overdue'],
    ['ready by the appointment', '2026-11-20T16:30:00+07:00', '2026-11-20T09:00:00+07:00', 'closed'],
    // An appointment with no time of day names the whole day.
    ['ready late on the day of a day-only appointment', LATE, '2026-11-20T17:30:00+07:00', 'closed'],
    ['ready on the day, no time of day known', '2026-11-20T16:30:00+07:00', '2026-11-20', 'closed'],
    ['with no result date shown', LATE, undefined, 'closed'],
    ['with an unreadable result date', LATE, 'hôm qua', 'closed'],
  ])('a result %s (due %s, ready %s): %s', (_, dueAt, completedAt, level) => {
    expect(dossierLevel({ status: 'result-ready', dueAt, completedAt }, NOW, calendar)?.level).toBe(level);
  });

  it('a returned dossier owes nothing more, late or not', () => {
    expect(dossierLevel({ status: 'returned', dueAt: LATE, completedAt: '2026-11-24' }, NOW, calendar)?.level).toBe(
      'closed',
    );
  });

  it.each<[DossierStatus, string]>([
    ['supplement', 'citizen'],
    ['paused', 'citizen'],
    ['result-ready', 'nobody'],
    ['processing', 'office'],
  ])('%s: the clock is the %s’s', (status, owner) => expect(clockOwner(status)).toBe(owner));
});
