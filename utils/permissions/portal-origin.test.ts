import { describe, expect, it } from 'vitest';
import { addedPortalOrigins, portalPattern } from './portal-origin';

describe('portal addresses a team lead adds', () => {
  it.each([
    ['dichvucong.angiang.gov.vn', 'https://dichvucong.angiang.gov.vn/*'],
    ['https://motcua.tinh.vn/ho-so?id=1', 'https://motcua.tinh.vn/*'],
    ['  HTTP://Igate.Tinh.VN:8080/x ', 'http://igate.tinh.vn/*'],
    ['*.igate.vn', 'https://*.igate.vn/*'],
  ])('%s → %s', (input, pattern) => expect(portalPattern(input)).toEqual({ pattern }));

  it.each([
    ['', 'nhập địa chỉ'],
    ['ftp://x.vn', 'http://'],
    ['*', 'không phải tên miền'],
    ['https://*/*', 'không phải tên miền'],
    ['localhost', 'không phải tên miền'],
    ['<all_urls>', 'không phải tên miền'],
  ])('refuses %j', (input, message) => {
    const result = portalPattern(input);
    expect('error' in result && result.error).toContain(message);
  });

  it('lists only the origins added beyond the shipped ones', () => {
    expect(
      addedPortalOrigins(['*://*.gov.vn/*', 'https://b.vn/*', 'https://*/*', 'http://localhost/*', 'https://a.vn/*']),
    ).toEqual(['https://a.vn/*', 'https://b.vn/*']);
  });
});
