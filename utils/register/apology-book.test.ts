import { describe, expect, it } from 'vitest';
import { EMPTY_BOOK, enterSlips, prunedBook, type SlipRequest, slipFor } from './apology-book';
import { formatApologyNumber } from './apology-number';

const FORMAT = '{số}/PXL-UBND';
const ask = (dossierCode: string, request = `job-${dossierCode}`, extra: Partial<SlipRequest> = {}): SlipRequest => ({
  request,
  dossierCode,
  reason: 'chờ xác minh',
  newReturnDate: '2026-11-30',
  ...extra,
});

describe('the apology register', () => {
  it('numbers slips in a yearly series, one per dossier', () => {
    const first = enterSlips(EMPTY_BOOK, [ask('A'), ask('B')], '2026-11-25', FORMAT);
    expect(first.outcomes.map((o) => o.ok && o.slip.number)).toEqual(['1/PXL-UBND', '2/PXL-UBND']);
    const next = enterSlips(first.book, [ask('C')], '2026-12-31', FORMAT);
    expect(next.outcomes[0]).toMatchObject({ ok: true, slip: { number: '3/PXL-UBND', issuedOn: '2026-12-31' } });
    // A new year starts again from 1.
    const newYear = enterSlips(next.book, [ask('D')], '2027-01-04', FORMAT);
    expect(newYear.outcomes[0]).toMatchObject({ ok: true, slip: { number: '1/PXL-UBND' } });
  });

  it('keeps the number and the new date: the same request, or a reprint, gets the same slip', () => {
    const { book } = enterSlips(EMPTY_BOOK, [ask('A')], '2026-11-25', FORMAT);
    const again = enterSlips(book, [ask('A', 'job-A', { newReturnDate: '2026-12-15' })], '2026-11-26', FORMAT);
    expect(again.outcomes[0]).toEqual({ ok: true, slip: slipFor(book, 'A') });
    const reprint = enterSlips(book, [ask('A', 'later', { reprint: '1/PXL-UBND' })], '2026-11-27', FORMAT);
    expect(reprint.outcomes[0]).toMatchObject({
      ok: true,
      slip: { number: '1/PXL-UBND', newReturnDate: '2026-11-30' },
    });
    expect(reprint.book).toEqual(book);
  });

  it('refuses a second slip for a dossier, and then enters none of the request', () => {
    const { book } = enterSlips(EMPTY_BOOK, [ask('A')], '2026-11-25', FORMAT);
    const second = enterSlips(book, [ask('B', 'job-2'), ask('A', 'job-2')], '2026-11-26', FORMAT);
    expect(second.outcomes[1]).toEqual({ ok: false, existing: slipFor(book, 'A') });
    expect(second.book).toEqual(book);
    expect(slipFor(second.book, 'B')).toBeUndefined();
  });

  it('keeps this year’s and last year’s slips only', () => {
    const { book } = enterSlips(EMPTY_BOOK, [ask('A')], '2025-03-01', FORMAT);
    expect(prunedBook(book, '2026-11-25')).toEqual(book);
    expect(prunedBook(book, '2027-01-02')).toEqual(EMPTY_BOOK);
  });

  it.each([
    ['{số}/PXL-UBND', 12, '12/PXL-UBND'],
    ['{số}/{năm}/PXL', 5, '5/2026/PXL'],
    [' {số}/PXL-BPMC ', 1, '1/PXL-BPMC'],
  ])('formats %s', (format, serial, number) => expect(formatApologyNumber(format, serial, 2026)).toBe(number));
});
