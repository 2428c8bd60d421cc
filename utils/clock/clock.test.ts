import { afterEach, describe, expect, it } from 'vitest';
import { isTodayOverride, now, setTodayOverride, shiftedNow } from './clock';

const at = (iso: string) => Date.parse(iso);

describe('shiftedNow: the chosen day in Vietnam, at the real time of day', () => {
  it.each([
    // Real: 25 Nov 2026 10:15 in Vietnam.
    ['2026-11-25T03:15:00Z', '2026-12-31', '2026-12-31T03:15:00.000Z'],
    ['2026-11-25T03:15:00Z', '2026-11-01', '2026-11-01T03:15:00.000Z'],
    // Real: 23:30 in Vietnam (16:30 UTC) is still that Vietnam day, whatever the UTC date says.
    ['2026-11-25T16:30:00Z', '2027-02-05', '2027-02-05T16:30:00.000Z'],
    // Real: 00:30 on 26 Nov in Vietnam is 17:30 UTC on 25 Nov.
    ['2026-11-25T17:30:00Z', '2026-11-29', '2026-11-28T17:30:00.000Z'],
  ])('real %s, today %s → %s', (real, today, expected) =>
    expect(new Date(shiftedNow(at(real), today)).toISOString()).toBe(expected),
  );

  it('without an override, or with a bad one, the clock is real', () => {
    expect(shiftedNow(at('2026-11-25T03:15:00Z'), null)).toBe(at('2026-11-25T03:15:00Z'));
    expect(shiftedNow(at('2026-11-25T03:15:00Z'), '2026-02-30')).toBe(at('2026-11-25T03:15:00Z'));
  });

  it.each([
    ['2026-12-31', true],
    ['2026-02-29', false],
    ['31/12/2026', false],
    [20261231, false],
    [null, false],
  ])('isTodayOverride(%s) → %s', (value, ok) => expect(isTodayOverride(value)).toBe(ok));
});

describe('now()', () => {
  afterEach(() => setTodayOverride(null));

  it('follows the override set for this page', () => {
    setTodayOverride('2027-01-01');
    expect(new Date(now() + 7 * 3_600_000).toISOString().slice(0, 10)).toBe('2027-01-01');
    setTodayOverride(null);
    expect(Math.abs(now() - Date.now())).toBeLessThan(1_000);
  });
});
