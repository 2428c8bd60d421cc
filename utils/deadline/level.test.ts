import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCalendar } from './calendar';
import { addDays } from './iso-day';
import { type DeadlineStatus, deadlineLevel, describeLevel } from './level';

const calendar = createCalendar();
// Wednesday 25/11/2026, 10:00 in Vietnam.
const NOW = '2026-11-25T10:00:00+07:00';

afterEach(() => vi.useRealTimers());

describe('deadlineLevel', () => {
  it.each([
    ['2026-12-02', 'ok', 5],
    ['2026-11-30', 'ok', 3],
    ['2026-11-27', 'soon', 2],
    ['2026-11-26', 'soon', 1],
    ['2026-11-25', 'due-today', 0],
    ['2026-11-24', 'overdue', 1],
    ['2026-11-23', 'overdue', 2],
    ['2026-11-20', 'overdue', 3],
    // Due at a time: compared with the clock on the day itself, by day otherwise.
    ['2026-11-25T15:30:00+07:00', 'due-today', 0],
    ['2026-11-25T10:00:00+07:00', 'overdue', 1],
    ['2026-11-25T09:59:59+07:00', 'overdue', 1],
    ['2026-11-26T08:00:00+07:00', 'soon', 1],
    ['2026-11-24T17:00:00+07:00', 'overdue', 1],
    // Other offsets are read in Vietnam time: 20:00 UTC on 24/11 is 03:00 on 25/11 in Vietnam.
    ['2026-11-24T20:00:00Z', 'overdue', 1],
    ['2026-11-25T12:00:00Z', 'due-today', 0],
  ])('due %s → %s, %i', (dueAt, level, workingDays) =>
    expect(deadlineLevel(dueAt, NOW, calendar)).toEqual({ level, workingDays }),
  );

  it.each([
    ['2026-11-25T15:29:59+07:00', 'due-today'],
    ['2026-11-25T15:30:00+07:00', 'overdue'],
    ['2026-11-25T08:29:59Z', 'due-today'],
    ['2026-11-25T08:30:00Z', 'overdue'],
  ])('due 15:30 today, at %s → %s', (now, level) =>
    expect(deadlineLevel('2026-11-25T15:30:00+07:00', now, calendar).level).toBe(level),
  );

  it.each([
    // Vietnam's day starts at 17:00 UTC: a clock in any zone must not move "today".
    ['2026-11-24T16:59:59Z', 'soon', 1],
    ['2026-11-24T17:00:00Z', 'due-today', 0],
    ['2026-11-25T16:59:59Z', 'due-today', 0],
    ['2026-11-25T17:00:00Z', 'overdue', 1],
  ])('due 25/11, now %s → %s', (now, level, workingDays) =>
    expect(deadlineLevel('2026-11-25', new Date(now), calendar)).toEqual({ level, workingDays }),
  );

  it.each([
    // Weekends and holidays are not counted: Friday → Monday is one working day.
    ['2026-11-27T09:00:00+07:00', '2026-11-30', 'soon', 1],
    ['2026-11-28T09:00:00+07:00', '2026-11-30', 'soon', 1],
    ['2026-11-28T09:00:00+07:00', '2026-11-27', 'overdue', 1],
    ['2026-11-30T09:00:00+07:00', '2026-11-27', 'overdue', 1],
    ['2026-12-01T09:00:00+07:00', '2026-11-27', 'overdue', 2],
    // Due on a Saturday seen on Friday: no working day is left before it.
    ['2026-11-27T09:00:00+07:00', '2026-11-28', 'due-today', 0],
    // Across Tết 2026 (16–20/2 off) and 30/4–1/5 2025 (Saturday 26/4 worked).
    ['2026-02-13T09:00:00+07:00', '2026-02-23', 'soon', 1],
    ['2026-02-13T09:00:00+07:00', '2026-02-25', 'ok', 3],
    ['2026-02-24T09:00:00+07:00', '2026-02-13', 'overdue', 2],
    ['2025-04-25T09:00:00+07:00', '2025-05-05', 'ok', 4],
    ['2025-05-05T09:00:00+07:00', '2025-04-29', 'overdue', 1],
  ])('now %s, due %s → %s, %i', (now, dueAt, level, workingDays) =>
    expect(deadlineLevel(dueAt, now, calendar)).toEqual({ level, workingDays }),
  );

  it.each([
    [0, 'ok'],
    [1, 'ok'],
    [2, 'soon'],
    [3, 'soon'],
  ])('with soonWorkingDays %i, 2 working days left is %s', (soonWorkingDays, level) =>
    expect(deadlineLevel('2026-11-27', NOW, calendar, { soonWorkingDays }).level).toBe(level),
  );

  it('reads the fixed system clock when given new Date()', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(NOW));
    expect(deadlineLevel('2026-11-26', new Date(), calendar)).toEqual({ level: 'soon', workingDays: 1 });
  });

  it('uses the team lead calendar', () =>
    expect(deadlineLevel('2026-11-27', NOW, createCalendar({ extraDaysOff: ['2026-11-26'] }))).toEqual({
      level: 'soon',
      workingDays: 1,
    }));

  it.each(['', '27/11/2026', '2026-11-31'])('rejects due date %j', (dueAt) =>
    expect(() => deadlineLevel(dueAt, NOW, calendar)).toThrow(RangeError),
  );
});

describe('describeLevel', () => {
  it.each([
    [{ level: 'ok', workingDays: 5 }, 'Còn 5 ngày làm việc'],
    [{ level: 'soon', workingDays: 2 }, 'Còn 2 ngày làm việc'],
    [{ level: 'soon', workingDays: 1 }, 'Còn 1 ngày làm việc'],
    [{ level: 'due-today', workingDays: 0 }, 'Hạn trả hôm nay'],
    [{ level: 'overdue', workingDays: 3 }, 'Quá hạn 3 ngày làm việc'],
  ] satisfies [DeadlineStatus, string][])('%o → %s', (status, text) => expect(describeLevel(status)).toBe(text));

  it('describes a real level', () =>
    expect(describeLevel(deadlineLevel(addDays('2026-11-25', -7), NOW, calendar))).toBe('Quá hạn 5 ngày làm việc'));
});
