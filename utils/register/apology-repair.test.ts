import { describe, expect, it } from 'vitest';
import { EMPTY_BOOK, enterSlips } from './apology-book';
import { isSlipRequest, repairApologyBook } from './apology-repair';

const slip = (dossierCode: string, number: string, issuedOn = '2026-11-25') => ({
  request: `job-${dossierCode}`,
  dossierCode,
  number,
  issuedOn,
  newReturnDate: '2026-11-30',
  reason: 'chờ xác minh',
});

describe('repairApologyBook', () => {
  it('keeps a sound book as it is and says nothing', () => {
    const book = { slips: [slip('A', '1/PXL-UBND'), slip('B', '2/PXL-UBND')], lastNumber: { '2026': 2 } };
    expect(repairApologyBook(book)).toEqual({ value: book, problems: [] });
    expect(repairApologyBook(undefined)).toEqual({ value: EMPTY_BOOK, problems: [] });
  });

  it.each<[string, unknown, number]>([
    ['a string for the book', 'sổ', 1],
    ['a null slip', { slips: [null, slip('A', '1/PXL-UBND')], lastNumber: { '2026': 1 } }, 1],
    ['a slip without a number', { slips: [{ ...slip('A', ''), number: undefined }], lastNumber: {} }, 1],
    ['a slip dated in words', { slips: [slip('A', '1/PXL-UBND', 'hôm nay')], lastNumber: {} }, 1],
    ['a counter that is not a count', { slips: [], lastNumber: { '2026': 'ba', năm: 1 } }, 2],
    ['slips that are an object', { slips: { A: 1 }, lastNumber: {} }, 1],
  ])('%s: the broken entries are left out, with a notice', (_, stored, dropped) => {
    const { value, problems } = repairApologyBook(stored);
    expect(Array.isArray(value.slips)).toBe(true);
    expect(problems).toEqual([expect.stringContaining(`${dropped} mục bị hỏng`)]);
  });

  it('a broken counter never gives out again a number already printed this year', () => {
    const stored = { slips: [slip('A', '1/PXL-UBND'), slip('B', '2/PXL-UBND')], lastNumber: { '2026': null } };
    const { value } = repairApologyBook(stored);
    const { outcomes } = enterSlips(
      value,
      [{ request: 'job-C', dossierCode: 'C', reason: '', newReturnDate: '2026-12-01' }],
      '2026-11-26',
      '{số}/PXL-UBND',
    );
    expect(outcomes[0]).toMatchObject({ ok: true, slip: { number: '3/PXL-UBND' } });
  });
});

describe('isSlipRequest', () => {
  it.each<[unknown, boolean]>([
    [{ request: 'job-0', dossierCode: 'H-1', reason: 'chờ xác minh', newReturnDate: '2026-11-30' }, true],
    [{ request: 'job-0', dossierCode: 'H-1', reason: '', newReturnDate: '', reprint: '1/PXL-UBND' }, true],
    [{ request: 'job-0', dossierCode: '', reason: '', newReturnDate: '' }, false],
    [{ request: 'job-0', dossierCode: 'H-1', reason: 7, newReturnDate: '' }, false],
    [{ request: 'job-0', dossierCode: 'H-1', reason: '', newReturnDate: '30/11/2026' }, false],
    [null, false],
  ])('%j → %s', (value, ok) => expect(isSlipRequest(value)).toBe(ok));
});
