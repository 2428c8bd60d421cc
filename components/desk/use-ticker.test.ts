import { describe, expect, it } from 'vitest';
import { secondMsOf } from './use-ticker';

describe('secondMsOf (the bench’s faster second)', () => {
  it.each([
    ['', 1000],
    ['?second=5', 5],
    ['?second=1', 1],
    ['?second=0', 1000],
    ['?second=1000', 1000],
    ['?second=2.5', 1000],
    ['?second=abc', 1000],
  ])('%j → %i ms', (search, ms) => expect(secondMsOf(search)).toBe(ms));
});
