import { describe, expect, it } from 'vitest';
import { displayDate, displayDay, isoDay } from './display-date';

describe('displayDate', () => {
  it.each([
    ['2026-11-25', '25/11/2026'],
    ['2026-01-05T08:05:00+07:00', '08:05 05/01/2026'],
    [undefined, ''],
    ['không rõ', 'không rõ'],
  ])('%s → %s', (iso, shown) => expect(displayDate(iso)).toBe(shown));

  it.each([
    ['2026-11-30T16:30:00+07:00', '30/11/2026'],
    ['2026-11-25', '25/11/2026'],
    [undefined, ''],
  ])('the day alone of %s → %s', (iso, shown) => expect(displayDay(iso)).toBe(shown));

  it('keeps only the day for date inputs', () => expect(isoDay('2026-01-05T08:05:00+07:00')).toBe('2026-01-05'));
});
