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

  it.each<[DossierStatus, string]>([
    ['supplement', 'citizen'],
    ['paused', 'citizen'],
    ['result-ready', 'nobody'],
    ['processing', 'office'],
  ])('%s: the clock is the %s’s', (status, owner) => expect(clockOwner(status)).toBe(owner));
});
