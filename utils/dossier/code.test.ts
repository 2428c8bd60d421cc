import { describe, expect, it } from 'vitest';
import { codeOfCell, codeOfValue, distinctCodes, findDossierCode, isPlausibleCode, looksLikeDossierCode } from './code';

describe('findDossierCode: the one code a page mentions', () => {
  it.each([
    ['Hồ sơ 000.17.22.H56-210531-0001 đã nhận', '000.17.22.H56-210531-0001'],
    ['H56.22-261120-0003', 'H56.22-261120-0003'],
    ['G22.56-261124-0052 (Cổng DVC quốc gia)', 'G22.56-261124-0052'],
    ['000.00.14.H56-230815-000123', '000.00.14.H56-230815-000123'],
    ['Mã: HS-2026-000123', 'HS-2026-000123'],
    // Shapes of real one-stop systems.
    ['Số hồ sơ 000.00.31.H01-250915-0001.', '000.00.31.H01-250915-0001'],
    ['Hồ sơ H01.31-250915-0001 đang xử lý', 'H01.31-250915-0001'],
    ['Mã hồ sơ: 09.H44.181214.00108', '09.H44.181214.00108'],
    ['(TP01-CX-V8A1PC)', 'TP01-CX-V8A1PC'],
    ['Phiên bản 1.2.3.201812.001, máy chủ 10.0.181214.001', undefined],
    ['Ngày 30.11.2026, CCCD 089088001234', undefined],
    ['Mã QR: ABC-DEF-GHIJKL', undefined],
    ['000.17.22.H56-210531-0001 … 000.17.22.H56-210531-0001', '000.17.22.H56-210531-0001'],
    // Two different codes: a list, not one dossier.
    ['000.17.22.H56-210531-0001, 000.17.22.H56-210531-0002', undefined],
    ['Không có mã nào ở đây 25/11/2026', undefined],
    ['Điện thoại 0912-345-678', undefined],
    ['', undefined],
  ])('%s → %s', (text, code) => expect(findDossierCode(text)).toBe(code));
});

describe('distinctCodes: the first different codes a text mentions', () => {
  it('stops at the number asked for, each code once, in order', () => {
    const text = 'H01.31-261120-0001 H01.31-261120-0001 H01.31-261120-0002 H01.31-261120-0003';
    expect(distinctCodes(text, 2)).toEqual(['H01.31-261120-0001', 'H01.31-261120-0002']);
    expect(distinctCodes('H01.31-261120-0001 và H01.31-261120-0001', 2)).toEqual(['H01.31-261120-0001']);
    expect(distinctCodes('không có mã', 2)).toEqual([]);
  });
});

describe('looksLikeDossierCode: validates list cells', () => {
  it.each([
    ['000.17.22.H56-210531-0001', true],
    [' H56.22-261120-0003 ', true],
    ['HS-2026-000123', true],
    ['Trang 1/1', false],
    ['Mã hồ sơ', false],
    ['000.17.22.H56-210531-0001 (bản sao)', false],
    ['09.H44.181214.00108', true],
    ['TP01-CX-V8A1PC', true],
    ['H01.31-250915-0001', true],
    ['30/11/2026', false],
    ['0912-345-678', false],
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

describe('codeOfValue: the code in a labelled value', () => {
  it.each([
    ['000.00.31.H01-250915-0001', '000.00.31.H01-250915-0001'],
    ['000.00.31.H01-250915-0001 Hồ sơ nộp trực tuyến', '000.00.31.H01-250915-0001'],
    ['Hồ sơ nộp trực tuyến: 09.H44.181214.00108', '09.H44.181214.00108'],
    ['TP01-CX-V8A1PC (Hồ sơ nộp trực tuyến)', 'TP01-CX-V8A1PC'],
    ['BN2026/000123', 'BN2026/000123'],
    ['BN2026/000123 - bản giấy', 'BN2026/000123'],
    ['Tra cứu', undefined],
    ['Nhập mã hồ sơ', undefined],
    ['30/11/2026 16:30', undefined],
    ['12 hồ sơ', undefined],
    ['', undefined],
  ])('%j → %s', (value, code) => expect(codeOfValue(value)).toBe(code));
});

describe('codeOfCell: a list cell’s code', () => {
  it.each([
    ['000.00.31.H01-250915-0001 Hồ sơ nộp trực tuyến', false, '000.00.31.H01-250915-0001'],
    ['check_box_outline_blank', false, undefined],
    ['BN2026/000123', false, undefined],
    ['BN2026/000123', true, 'BN2026/000123'],
    ['1', true, undefined],
    ['089088001234', true, undefined],
    ['25/11/2026', true, undefined],
  ])('%j (header names the column: %s) → %s', (text, labelled, code) => expect(codeOfCell(text, labelled)).toBe(code));
});
