import { describe, expect, it } from 'vitest';
import { fileChecks, jsonDepthExceeds, valueDepthExceeds } from './json-guard';

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

describe('fileChecks: the version a file states', () => {
  const { versionError } = fileChecks('sổ theo dõi', 1024);

  it('accepts a whole number from 1 up to the newest this extension reads', () => {
    expect(versionError(1, 2)).toBeNull();
    expect(versionError(2, 2)).toBeNull();
  });

  it('refuses a missing or odd version, and a newer one, in words for what the file holds', () => {
    for (const odd of [undefined, '2', 0, 1.5])
      expect(versionError(odd, 2)).toBe('Tệp thiếu số phiên bản sổ theo dõi hợp lệ (“version”).');
    expect(versionError(3, 2)).toMatch(
      /^Tệp được xuất từ bản tiện ích mới hơn \(sổ theo dõi phiên bản 3, bản này đọc được đến phiên bản 2\)/,
    );
  });
});
