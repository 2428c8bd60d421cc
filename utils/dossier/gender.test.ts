import { describe, expect, it } from 'vitest';
import { parseGender } from './gender';

describe('parseGender', () => {
  it.each([
    ['Nam', 'male'],
    ['nam', 'male'],
    [' NAM ', 'male'],
    ['Trai', 'male'],
    ['Nữ', 'female'],
    ['NỮ', 'female'],
    ['Nu\u031b\u0303', 'female'],
    ['Gái', 'female'],
    ['Khác', undefined],
    ['Việt Nam', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %s', (text, gender) => expect(parseGender(text)).toBe(gender));
});
