import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEADLINE_FIELDS, integer, rangeOf, text } from './settings-schema';

describe('rangeOf', () => {
  it('reads the range of a whole number, also under a description', () => {
    expect(rangeOf(integer(1, 30))).toEqual({ min: 1, max: 30 });
    expect(rangeOf(v.pipe(integer(1, 30), v.description('số ngày')))).toEqual({ min: 1, max: 30 });
    expect(rangeOf(DEADLINE_FIELDS.soonWorkingDays)).toEqual({ min: 0, max: 10 });
  });

  it('reads the length a text may have', () => expect(rangeOf(text(200))).toEqual({ min: 0, max: 200 }));

  it('refuses a schema with no maximum rather than give a range that refuses every value', () =>
    expect(() => rangeOf(v.boolean())).toThrow(/no maximum/));
});
