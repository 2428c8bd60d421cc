import { describe, expect, it } from 'vitest';
import { givenName, personName, wasChild } from './people';

describe('personName', () => {
  it.each([
    ['lý thị kim oanh', 'Lý Thị Kim Oanh'],
    ['LÝ THỊ KIM OANH', 'Lý Thị Kim Oanh'],
    ['lÝ   tHỊ kim\u00a0OANH ', 'Lý Thị Kim Oanh'],
    ['ĐẶNG QUỲNH ANH', 'Đặng Quỳnh Anh'],
    ['nguye\u0302\u0303n văn an', 'Nguyễn Văn An'],
    ['kim min-ji', 'Kim Min-Ji'],
  ])('%j → %j', (name, written) => expect(personName(name)).toBe(written));

  it('gives the given name', () => {
    expect(givenName('TRẦN VĂN HÙNG')).toBe('Hùng');
    expect(givenName('')).toBeUndefined();
  });
});

describe('wasChild', () => {
  it.each([
    ['2015-06-01', '2031-05-31', true],
    ['2015-06-01', '2031-06-01', false],
    ['1950-01-01', '2026-03-03', false],
    [undefined, '2026-03-03', undefined],
    ['2026-03-04', '2026-03-03', undefined],
  ])('born %s, on %s → %s', (birthDate, on, child) => expect(wasChild({ name: 'X', birthDate }, on)).toBe(child));
});
