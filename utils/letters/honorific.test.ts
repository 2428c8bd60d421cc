import { describe, expect, it } from 'vitest';
import type { Gender, Person } from '../dossier/types';
import { capitalise, coupleAddress, familyAddress, honorificFor } from './honorific';
import type { AddressStyle } from './types';

describe('honorificFor', () => {
  it.each<[Gender | undefined, AddressStyle, string]>([
    ['male', 'formal', 'ông'],
    ['female', 'formal', 'bà'],
    [undefined, 'formal', 'ông/bà'],
    ['male', 'familiar', 'anh'],
    ['female', 'familiar', 'chị'],
    [undefined, 'familiar', 'anh/chị'],
  ])('%s, %s → %s', (gender, style, word) => expect(honorificFor(gender, style)).toBe(word));

  it('is formal by default', () => expect(honorificFor(undefined)).toBe('ông/bà'));
  it('capitalises Vietnamese letters', () => expect(capitalise('ông/bà')).toBe('Ông/bà'));
});

const an = (gender?: Gender): Person => ({ name: 'Nguyễn Văn An', gender });
const binh = (gender?: Gender): Person => ({ name: 'Trần Thị Bình', gender });

describe('coupleAddress', () => {
  it.each<[string, Person[], string | undefined]>([
    ['both genders known, husband first', [an('male'), binh('female')], 'ông Nguyễn Văn An và bà Trần Thị Bình'],
    ['both genders known, wife listed first', [binh('female'), an('male')], 'ông Nguyễn Văn An và bà Trần Thị Bình'],
    ['no genders: the dossier order', [an(), binh()], 'ông Nguyễn Văn An và bà Trần Thị Bình'],
    ['only the wife’s gender, listed first', [binh('female'), an()], 'ông Nguyễn Văn An và bà Trần Thị Bình'],
    ['only the husband’s gender, listed second', [binh(), an('male')], 'ông Nguyễn Văn An và bà Trần Thị Bình'],
    [
      'the same gender twice: each their own',
      [an('male'), { name: 'Lê Văn Cường', gender: 'male' }],
      'ông Nguyễn Văn An và ông Lê Văn Cường',
    ],
    ['one spouse only', [an('male')], undefined],
    ['a blank name', [an('male'), { name: '  ' }], undefined],
  ])('%s', (_, spouses, address) => expect(coupleAddress(spouses)).toBe(address));

  it('uses anh / chị in the familiar style', () => {
    expect(coupleAddress([an(), binh()], 'familiar')).toBe('anh Nguyễn Văn An và chị Trần Thị Bình');
    expect(coupleAddress([binh('female'), an('male')], 'familiar')).toBe('anh Nguyễn Văn An và chị Trần Thị Bình');
  });

  it('addresses the new family', () => {
    expect(familyAddress([an(), binh('female')])).toBe('gia đình ông Nguyễn Văn An và bà Trần Thị Bình');
  });
});
