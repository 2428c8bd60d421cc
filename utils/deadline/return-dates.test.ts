import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar';
import { apologyReturnDate, proposeNewReturnDate, sameDayReturnDate } from './return-dates';

const calendar = createCalendar();

describe('sameDayReturnDate (the 15:00 rule)', () => {
  it.each([
    ['2026-11-25T08:00:00+07:00', '2026-11-25'],
    ['2026-11-25T14:59:59+07:00', '2026-11-25'],
    // "Sau 15 giờ": a dossier stamped 15:00 is not yet after it; 15:01 is.
    ['2026-11-25T15:00:00+07:00', '2026-11-25'],
    ['2026-11-25T15:00:59+07:00', '2026-11-25'],
    ['2026-11-25T15:01:00+07:00', '2026-11-26'],
    ['2026-11-25T16:30:00+07:00', '2026-11-26'],
    // Instants in other zones are read in Vietnam time: 08:00 UTC is 15:00 in Hà Nội.
    ['2026-11-25T08:00:00Z', '2026-11-25'],
    ['2026-11-25T08:01:00Z', '2026-11-26'],
    // Friday afternoon → Monday; weekend → Monday.
    ['2026-11-27T15:01:00+07:00', '2026-11-30'],
    ['2026-11-28T09:00:00+07:00', '2026-11-30'],
    // Before Tết 2026: Friday 13/2 after 15:00 → Monday 23/2.
    ['2026-02-13T15:10:00+07:00', '2026-02-23'],
    ['2026-02-17T09:00:00+07:00', '2026-02-23'],
    // The make-up Saturday 10/1/2026 is a working day.
    ['2026-01-10T09:00:00+07:00', '2026-01-10'],
    ['2026-01-09T15:30:00+07:00', '2026-01-10'],
    // Time unknown: counted from the start of the day.
    ['2026-11-25', '2026-11-25'],
  ])('received %s → returned %s', (receivedAt, expected) =>
    expect(sameDayReturnDate(receivedAt, calendar)).toBe(expected),
  );

  it('accepts a Date', () => expect(sameDayReturnDate(new Date('2026-11-25T09:00:00Z'), calendar)).toBe('2026-11-26'));
});

describe('proposeNewReturnDate (apology slip)', () => {
  it.each([
    ['2026-11-25', 1, '2026-11-26'],
    ['2026-11-25', 5, '2026-12-02'],
    ['2026-11-28', 1, '2026-11-30'],
    ['2026-11-25T22:00:00Z', 1, '2026-11-27'],
    ['2026-02-12', 3, '2026-02-24'],
    ['2025-04-29', 2, '2025-05-06'],
  ])('%s + %i working days → %s', (from, workingDays, expected) =>
    expect(proposeNewReturnDate(from, workingDays, calendar)).toBe(expected),
  );
});

describe('apologyReturnDate', () => {
  it.each([
    // Slip on Wednesday 25/11/2026 for a dossier due Thursday 26/11: 2 working days after the due date.
    ['2026-11-26', '2026-11-25T09:00:00+07:00', 2, '2026-11-30'],
    ['2026-11-26T17:00:00+07:00', '2026-11-25T09:00:00+07:00', 2, '2026-11-30'],
    // Due date passed: counted from today.
    ['2026-11-20', '2026-11-25T09:00:00+07:00', 2, '2026-11-27'],
    ['2026-11-25', '2026-11-25T09:00:00+07:00', 2, '2026-11-27'],
    [undefined, '2026-11-25T09:00:00+07:00', 1, '2026-11-26'],
    ['không rõ', '2026-11-25T09:00:00+07:00', 1, '2026-11-26'],
  ])('due %s, now %s, +%i → %s', (dueAt, now, days, expected) =>
    expect(apologyReturnDate(dueAt, now, days, calendar)).toBe(expected),
  );
});
