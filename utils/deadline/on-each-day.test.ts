import { afterEach, describe, expect, it, vi } from 'vitest';
import { standOn, TEST_DAYS } from '../../tests/unit/days';
import { now } from '../clock/clock';
import { calendarFor, deadlineUnder } from '../settings/deadline-settings';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { createCalendar, deadlineLevel, vietnamToday } from '.';
import { proposeNewReturnDate } from './return-dates';

/** What each day is, worked out by hand from the calendar of 2026–2027 (Tết 2027: Fri 5 – Thu 11 February). */
const DAYS: Record<string, { working: boolean; next: string; apologyDate: string }> = {
  '2026-11-25': { working: true, next: '2026-11-26', apologyDate: '2026-11-27' },
  '2026-12-01': { working: true, next: '2026-12-02', apologyDate: '2026-12-03' },
  '2026-11-29': { working: false, next: '2026-11-30', apologyDate: '2026-12-01' },
  '2027-02-05': { working: false, next: '2027-02-12', apologyDate: '2027-02-15' },
  '2026-12-31': { working: true, next: '2027-01-04', apologyDate: '2027-01-05' },
};

afterEach(() => vi.useRealTimers());

describe.each(TEST_DAYS)('standing on %s', (day) => {
  const expected = DAYS[day];
  if (!expected) throw new Error(`no expectations for ${day}`);
  const calendar = createCalendar();

  it.each(['00:05', '10:00', '23:55'])('today in Vietnam is that day at %s, whatever the time zone', (time) => {
    standOn(day, time);
    expect(vietnamToday(Date.now())).toBe(day);
    expect(vietnamToday(now())).toBe(day);
  });

  it('knows whether it works, and the next working days', () => {
    standOn(day);
    expect(calendar.isWorkingDay(day)).toBe(expected.working);
    expect(calendar.addWorkingDays(day, 1)).toBe(expected.next);
  });

  it('proposes the apology’s new return date two working days on', () => {
    standOn(day);
    const settings = DEFAULT_SETTINGS.deadline;
    expect(proposeNewReturnDate(now(), settings.apologyExtraWorkingDays, calendarFor(settings))).toBe(
      expected.apologyDate,
    );
  });

  it.each([
    ['due later today', `${day}T17:00:00+07:00`, 'due-today'],
    ['due this morning', `${day}T08:00:00+07:00`, 'overdue'],
    ['due the next working day', expected.next, 'soon'],
    ['due 5 working days on', createCalendar().addWorkingDays(expected.next, 4), 'ok'],
  ])('a dossier %s is %s', (_, dueAt, level) => {
    standOn(day);
    expect(deadlineLevel(dueAt, now(), calendar).level).toBe(level);
    expect(deadlineUnder({ dueAt, status: 'processing' }, now(), DEFAULT_SETTINGS.deadline)?.level).toBe(level);
  });
});
