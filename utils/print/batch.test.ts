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
  applicantName: 'Đỗ Minh Tuấn',
  receivedAt: '2026-03-03',
  dueAt: '2026-03-06',
  ...patch,
});

const apology = { reason: 'chờ xác minh', newReturnDate: '2026-03-09' };

describe('batch letters from a list', () => {
  it('a row alone lacks the subjects; the dossier read earlier in the session has them', () => {
    const [fromTable] = batchCandidates([row({})], {}, NOW, settings, apology);
    expect(fromTable?.kind).toBe('marriage-congratulation');
    expect(fromTable?.readWhole).toBe(false);
    expect(fromTable?.missing.map((m) => m.label)).toContain('Họ tên hai bên kết hôn');

    const whole: Dossier = {
      ...dossierFromSummary(row({})),
      spouses: [{ name: 'Đỗ Minh Tuấn' }, { name: 'Huỳnh Thị Thu Trang' }],
    };
    const [read] = batchCandidates([row({})], { 'C-1': whole }, NOW, settings, apology);
    expect(read?.readWhole).toBe(true);
    expect(read?.missing).toEqual([]);
    expect(read?.order.dossier?.spouses).toHaveLength(2);
  });

  it('an overdue row gets the apology slip with the shared reason and new date', () => {
    const late = row({ code: 'C-2', kind: 'other', procedureName: 'Chứng thực', dueAt: '2026-03-04' });
    const [slip] = batchCandidates([late], {}, NOW, settings, apology);
    expect(slip?.kind).toBe('apology');
    expect(slip?.order.options).toEqual({ reason: 'chờ xác minh', newReturnDate: '2026-03-09' });
    expect(slip?.missing).toEqual([]);
    const [noReason] = batchCandidates([late], {}, NOW, settings, { ...apology, reason: '  ' });
    expect(noReason?.missing.map((m) => m.label)).toEqual(['Lý do trễ hẹn']);
  });

  it('a row with no letter due gives nothing', () => {
    expect(batchCandidates([row({ kind: 'other', procedureName: 'Chứng thực' })], {}, NOW, settings, apology)).toEqual(
      [],
    );
  });
});
