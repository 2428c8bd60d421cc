import { describe, expect, it } from 'vitest';
import { idNumberOf } from './id-number';

describe('idNumberOf', () => {
  it.each([
    ['CCCD 089178006642', '089178006642'],
    ['Số CCCD: 089178006642', '089178006642'],
    ['CMND/CCCD 025123456', '025123456'],
    ['Căn cước công dân số 001090001234', '001090001234'],
    ['Hộ chiếu: B1234567', 'B1234567'],
    ['Số định danh cá nhân 079088001122', '079088001122'],
    ['089178006642', '089178006642'],
  ])('%s → %s', (shown, number) => expect(idNumberOf(shown)).toBe(number));

  it('keeps a value that is only a paper name as it is, and nothing as nothing', () => {
    expect(idNumberOf('CCCD')).toBe('CCCD');
    expect(idNumberOf(undefined)).toBeUndefined();
  });
});
