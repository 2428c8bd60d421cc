import { describe, expect, it } from 'vitest';
import { genderFromName, parseGender, readGender } from './gender';

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

describe('genderFromName', () => {
  it.each([
    ['Lý Thị Kim Oanh', 'female'],
    ['NGUYỄN THỊ HƯƠNG', 'female'],
    ['Nguye\u0302\u0303n Thi\u0323 Mai', 'female'],
    ['Trần Văn Hùng', 'male'],
    ['lê văn bình', 'male'],
    ['Nguyễn Hữu Văn Toàn', 'male'],
    // Nothing told: no middle name, a family or given name only, a foreign name, or both.
    ['Hoàng Gia Bảo', undefined],
    ['Văn Minh Tuấn', undefined],
    ['Trần Thị', undefined],
    ['Kim Min Ji', undefined],
    ['Nguyễn Văn Thị Hoa', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %s', (name, gender) => expect(genderFromName(name)).toBe(gender));
});

describe('readGender', () => {
  it('prefers the gender given over the name, and says where it came from', () => {
    expect(readGender({ name: 'Lý Thị Kim Oanh', gender: 'male' })).toEqual({ gender: 'male', source: 'given' });
    expect(readGender({ name: 'Lý Thị Kim Oanh' })).toEqual({ gender: 'female', source: 'name' });
    expect(readGender({ name: 'Hoàng Gia Bảo' })).toEqual({ source: 'unknown' });
    expect(readGender(undefined)).toEqual({ source: 'unknown' });
  });
});
