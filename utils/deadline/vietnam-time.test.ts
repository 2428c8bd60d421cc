import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatIsoDay } from './iso-day';
import { parseVietnamTime, toInstant, vietnamEpochDay, vietnamMinuteOfDay, vietnamToday } from './vietnam-time';

afterEach(() => vi.useRealTimers());

describe('parseVietnamTime', () => {
  it.each([
    ['2026-11-25', '2026-11-25', undefined],
    ['2026-11-25T15:30:00+07:00', '2026-11-25', Date.UTC(2026, 10, 25, 8, 30)],
    ['2026-11-25T15:30+0700', '2026-11-25', Date.UTC(2026, 10, 25, 8, 30)],
    ['2026-11-25T15:30:00+07', '2026-11-25', Date.UTC(2026, 10, 25, 8, 30)],
    // No offset: Vietnam wall time, not the computer's.
    ['2026-11-25T15:30', '2026-11-25', Date.UTC(2026, 10, 25, 8, 30)],
    ['2026-11-25 15:30:05.250', '2026-11-25', Date.UTC(2026, 10, 25, 8, 30, 5, 250)],
    ['2026-11-25T17:00:00Z', '2026-11-26', Date.UTC(2026, 10, 25, 17)],
    ['2026-11-25T16:59:59.999Z', '2026-11-25', Date.UTC(2026, 10, 25, 16, 59, 59, 999)],
    ['2026-11-25T20:00:00-05:00', '2026-11-26', Date.UTC(2026, 10, 26, 1)],
    ['2026-12-31T23:30:00+07:00', '2026-12-31', Date.UTC(2026, 11, 31, 16, 30)],
  ])('%s → Vietnam day %s', (text, day, instant) => {
    const read = parseVietnamTime(text);
    expect(formatIsoDay(read.day)).toBe(day);
    expect(read.instant).toBe(instant);
  });

  it.each(['', 'hôm nay', '2026-11-25T24:00', '2026-11-25T10:60', '2026-02-30T10:00', '25/11/2026'])(
    'rejects %j',
    (text) => expect(() => parseVietnamTime(text)).toThrow(RangeError),
  );
});

describe('instants in Vietnam', () => {
  it.each([
    [new Date('2026-11-24T17:00:00Z'), '2026-11-25', 0],
    [Date.UTC(2026, 10, 25, 7, 59), '2026-11-25', 14 * 60 + 59],
    ['2026-11-25T15:00:00+07:00', '2026-11-25', 15 * 60],
    ['2026-11-25', '2026-11-25', 0],
    ['2026-11-25T23:59:00+07:00', '2026-11-25', 23 * 60 + 59],
  ])('%s is %s at minute %i', (instant, day, minute) => {
    expect(formatIsoDay(vietnamEpochDay(instant))).toBe(day);
    expect(vietnamMinuteOfDay(instant)).toBe(minute);
  });

  it('rejects an invalid Date', () => expect(() => toInstant(new Date('nope'))).toThrow(RangeError));

  it.each([
    ['2026-11-24T16:59:59Z', '2026-11-24'],
    ['2026-11-24T17:00:00Z', '2026-11-25'],
    ['2026-12-31T17:00:00Z', '2027-01-01'],
  ])('today at %s is %s', (now, today) => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(now));
    expect(vietnamToday()).toBe(today);
  });
});
