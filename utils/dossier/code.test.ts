import { describe, expect, it } from 'vitest';
import { findDossierCode, isPlausibleCode, looksLikeDossierCode } from './code';

describe('findDossierCode: the one code a page mentions', () => {
  it.each([
    ['Hồ sơ 000.17.22.H56-210531-0001 đã nhận', '000.17.22.H56-210531-0001'],
    ['H56.22-261120-0003', 'H56.22-261120-0003'],
    ['G22.56-261124-0052 (Cổng DVC quốc gia)', 'G22.56-261124-0052'],
    ['000.00.14.H56-230815-000123', '000.00.14.H56-230815-000123'],
    ['Mã: HS-2026-000123', 'HS-2026-000123'],
    ['000.17.22.H56-210531-0001 … 000.17.22.H56-210531-0001', '000.17.22.H56-210531-0001'],
    // Two different codes: a list, not one dossier.
    ['000.17.22.H56-210531-0001, 000.17.22.H56-210531-0002', undefined],
    ['Không có mã nào ở đây 25/11/2026', undefined],
    ['Điện thoại 0912-345-678', undefined],
    ['', undefined],
  ])('%s → %s', (text, code) => expect(findDossierCode(text)).toBe(code));
});

describe('looksLikeDossierCode: validates list cells', () => {
  it.each([
    ['000.17.22.H56-210531-0001', true],
    [' H56.22-261120-0003 ', true],
    ['HS-2026-000123', true],
    ['Trang 1/1', false],
    ['Mã hồ sơ', false],
    ['000.17.22.H56-210531-0001 (bản sao)', false],
    ['', false],
  ])('%j → %s', (text, ok) => expect(looksLikeDossierCode(text)).toBe(ok));
});

describe('isPlausibleCode: a labelled code in any system’s shape', () => {
  it.each([
    ['000.17.22.H56-210531-0001', true],
    ['BN2026/000123', true],
    ['HS_2026_77', true],
    ['KHÔNG-PHẢI-MÃ', false],
    ['Tra cứu', false],
    ['12', false],
    ['<img src=x>', false],
    ['1'.repeat(80), false],
  ])('%j → %s', (text, ok) => expect(isPlausibleCode(text)).toBe(ok));
});
