import { describe, expect, it } from 'vitest';
import type { Dossier, DossierSummary } from '../dossier/types';
import { OFFICE } from '../letters/test-fixtures';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { batchCandidates, dossierFromSummary } from './batch';

const settings: Settings = { ...DEFAULT_SETTINGS, office: { ...DEFAULT_SETTINGS.office, ...OFFICE, issuingBody: '' } };
const NOW = Date.parse('2026-03-05T09:00:00+07:00');

const row = (patch: Partial<DossierSummary>): DossierSummary => ({
  code: 'C-1',
  procedureName: 'Đăng ký kết hôn',
  kind: 'marriage',
  status: 'processing',
  statusText: 'Đang xử lý',
  applicantName: 'Đỗ Văn Tuấn',
  receivedAt: '2026-03-03',
  dueAt: '2026-03-10',
  ...patch,
});

const apology = { reasons: { 'C-2': 'chờ xác minh', 'C-3': 'chờ ý kiến của Sở Tư pháp' }, issued: {} };

describe('batch letters from a list', () => {
  it('a row alone lacks the subjects; the dossier read earlier in the session has them', () => {
    const [fromTable] = batchCandidates([row({})], {}, NOW, settings, apology);
    expect(fromTable?.kind).toBe('marriage-congratulation');
    expect(fromTable?.readWhole).toBe(false);
    expect(fromTable?.missing.map((m) => m.label)).toContain('Họ tên hai bên kết hôn');

    const whole: Dossier = {
      ...dossierFromSummary(row({})),
      spouses: [{ name: 'Đỗ Minh Tuấn' }, { name: 'Huỳnh Thị Thu Trang' }],
      registeredAt: '2026-03-10',
    };
    const [read] = batchCandidates([row({})], { 'C-1': whole }, NOW, settings, apology);
    expect(read?.readWhole).toBe(true);
    expect(read?.missing).toEqual([]);
    expect(read?.order.dossier?.spouses).toHaveLength(2);
  });

  it('each late row gets its own slip, with its own reason and a new date from its due date', () => {
    const late = row({ code: 'C-2', kind: 'other', procedureName: 'Chứng thực', dueAt: '2026-03-04' });
    // Due tomorrow (Friday 6/3): offered today, new date 2 working days after the due date.
    const soon = row({ code: 'C-3', kind: 'other', procedureName: 'Chứng thực', dueAt: '2026-03-06' });
    const [first, second] = batchCandidates([late, soon], {}, NOW, settings, apology);
    expect(first?.order.options).toEqual({ reason: 'chờ xác minh', newReturnDate: '2026-03-09' });
    expect(second?.order.options).toEqual({ reason: 'chờ ý kiến của Sở Tư pháp', newReturnDate: '2026-03-10' });
    expect(first?.missing).toEqual([]);
    const [noReason] = batchCandidates([late], {}, NOW, settings, { reasons: { 'C-2': '  ' }, issued: {} });
    expect(noReason?.missing.map((m) => m.label)).toEqual(['Lý do trễ hẹn']);
  });

  it('offers no second slip for a dossier that has one', () => {
    const late = row({ code: 'C-2', kind: 'other', procedureName: 'Chứng thực', dueAt: '2026-03-04' });
    const issued = {
      'C-2': {
        dossierCode: 'C-2',
        number: '3/PXL-UBND',
        issuedOn: '2026-03-04',
        newReturnDate: '2026-03-06',
        reason: 'chờ xác minh',
      },
    };
    expect(batchCandidates([late], {}, NOW, settings, { ...apology, issued })).toEqual([]);
  });

  it('offers nothing for a row in the citizen’s hands or with its result ready', () => {
    const rows = [
      row({ code: 'C-4', kind: 'other', procedureName: 'Chứng thực', dueAt: '2026-03-02', status: 'supplement' }),
      row({ code: 'C-5', kind: 'other', procedureName: 'Chứng thực', dueAt: '2026-03-02', status: 'result-ready' }),
    ];
    expect(batchCandidates(rows, {}, NOW, settings, apology)).toEqual([]);
  });

  it('a row with no letter due gives nothing', () => {
    expect(batchCandidates([row({ kind: 'other', procedureName: 'Chứng thực' })], {}, NOW, settings, apology)).toEqual(
      [],
    );
  });
});
