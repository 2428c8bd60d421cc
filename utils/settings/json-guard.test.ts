import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds, valueDepthExceeds } from './json-guard';

describe('jsonDepthExceeds', () => {
  it.each<[string, number, boolean]>([
    ['{"a":[1,{"b":2}]}', 3, false],
    ['{"a":[1,{"b":[2]}]}', 3, true],
    ['"[[[[[[[["', 1, false],
    ['["\\"[[[[["]', 1, false],
    [`${'['.repeat(200_000)}${']'.repeat(200_000)}`, 32, true],
  ])('%s deeper than %i: %s', (text, limit, expected) => expect(jsonDepthExceeds(text, limit)).toBe(expected));
});

describe('valueDepthExceeds', () => {
  it('walks a 200,000-level value without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i += 1) deep = [deep];
    expect(valueDepthExceeds(deep)).toBe(true);
    expect(valueDepthExceeds({ a: [{ b: 'c' }] })).toBe(false);
  });
});
