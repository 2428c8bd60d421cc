import { describe, expect, it } from 'vitest';
import { missingFields } from '../dossier/missing';
import type { Dossier, DossierReading } from '../dossier/types';
import { applyManualEntry, changedEntries } from './manual-entry';

const read: DossierReading = {
  adapter: 'igate',
  dossier: {
    code: '000.17.22.H56-261120-0001',
    procedureName: 'Đăng ký khai sinh',
    kind: 'birth',
    status: 'processing',
    statusText: 'Đang xử lý',
    applicant: { name: 'Trần Văn An' },
    receivedAt: '2026-11-20T08:30:00+07:00',
    child: { name: 'Trần Minh Khôi' },
  },
  missing: ['dueAt', 'child.birthDate'],
};

describe('applyManualEntry', () => {
  it('returns the reading untouched when nothing was entered', () => {
    expect(applyManualEntry(read, null)).toBe(read);
    expect(applyManualEntry(read, { dueAt: '  ' })).toBe(read);
  });

  it('fills missing fields and recomputes what is still missing', () => {
    const result = applyManualEntry(read, { dueAt: '2026-11-27', childBirthDate: '2026-11-01' });
    expect(result.dossier?.dueAt).toBe('2026-11-27');
    expect(result.dossier?.child).toEqual({ name: 'Trần Minh Khôi', birthDate: '2026-11-01' });
    expect(result.dossier?.receivedAt).toBe('2026-11-20T08:30:00+07:00');
    expect(result.missing).toEqual([]);
  });

  it('builds a dossier from scratch on a page where none was read, in NFC', () => {
    const entry = {
      code: 'HS-1',
      procedureName: 'Đăng ký khai tử',
      kind: 'death' as const,
      deceasedName: 'Le\u0302 Va\u0306n Ba',
    };
    const result = applyManualEntry({ adapter: null, dossier: null, missing: [] }, entry);
    expect(result.dossier?.deceased?.name).toBe('Lê Văn Ba');
    expect(result.dossier?.deceased?.name.normalize('NFC')).toBe(result.dossier?.deceased?.name);
    expect(result.missing).toEqual(['applicant.name', 'receivedAt', 'dueAt', 'status', 'deceased.deathDate']);
  });

  it('takes the officer’s gender, status, registration day and the deceased’s birth date', () => {
    const result = applyManualEntry(read, {
      applicantGender: 'female',
      status: 'result-ready',
      registeredAt: '2026-11-27',
    });
    expect(result.dossier?.applicant.gender).toBe('female');
    expect(result.dossier?.status).toBe('result-ready');
    expect(result.dossier?.statusText).toBe('Đã có kết quả');
    expect(result.dossier?.registeredAt).toBe('2026-11-27');
    const death = applyManualEntry(
      { adapter: null, dossier: null, missing: [] },
      { kind: 'death', deceasedName: 'Phạm Minh Khang', deceasedBirthDate: '2019-06-01', deceasedGender: 'male' },
    );
    expect(death.dossier?.deceased).toEqual({
      name: 'Phạm Minh Khang',
      gender: 'male',
      birthDate: '2019-06-01',
      deathDate: undefined,
    });
  });

  it('does not change the reading it was given', () => {
    applyManualEntry(read, { applicantName: 'Người khác' });
    expect(read.dossier?.applicant.name).toBe('Trần Văn An');
  });
});

describe('changedEntries', () => {
  it('keeps only what differs from the page, trimmed', () => {
    expect(
      changedEntries(
        { applicantName: 'Trần Văn An ', dueAt: '2026-11-27', childName: '' },
        { applicantName: 'Trần Văn An', dueAt: '' },
      ),
    ).toEqual({ dueAt: '2026-11-27' });
  });
});

describe('missingFields', () => {
  const base = { ...read.dossier, dueAt: '2026-11-27', child: undefined } as Dossier;
  it.each<[string, Partial<Dossier>, string[]]>([
    ['marriage with one spouse', { kind: 'marriage', spouses: [{ name: 'A' }] }, ['spouses']],
    ['marriage with both', { kind: 'marriage', spouses: [{ name: 'A' }, { name: 'B' }] }, []],
    ['death without date', { kind: 'death', deceased: { name: 'C' } }, ['deceased.deathDate']],
    ['birth without child', { kind: 'birth' }, ['child.name', 'child.birthDate']],
    ['other kind, no code', { kind: 'other', code: '' }, ['code']],
  ])('%s', (_title, extra, expected) => {
    expect(missingFields({ ...base, ...extra })).toEqual(expected);
  });
});
