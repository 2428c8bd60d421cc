import { describe, expect, it } from 'vitest';
import { BIRTH } from '../letters/test-fixtures';
import { brokenRecordsNotice, checkRecord, type SessionKind } from './session-records';

describe('checkRecord', () => {
  it.each<[SessionKind, unknown, unknown, boolean]>([
    ['manual', { dueAt: '2026-03-10', applicantName: 'Nguyễn Thị Hương' }, undefined, false],
    ['manual', { dueAt: '2026-03-10', kind: 'birth' }, undefined, false],
    ['manual', { dueAt: '2026-03-10', kind: 'wedding' }, { dueAt: '2026-03-10' }, true],
    [
      'manual',
      { status: 'result-ready', registeredAt: '2026-03-12', applicantGender: 'female', deceasedGender: 'male' },
      undefined,
      false,
    ],
    ['manual', { deceasedBirthDate: '1950-01-02', deceasedDeathDate: '2026-03-01' }, undefined, false],
    ['manual', { status: 'lost', applicantGender: 'x' }, {}, true],
    ['manual', { dueAt: 7 }, {}, true],
    ['manual', { constructor: 'x', dueAt: '2026-03-10' }, { dueAt: '2026-03-10' }, true],
    ['manual', { applicantName: 'x'.repeat(501) }, {}, true],
    ['manual', null, null, true],
    ['manual', ['dueAt'], null, true],
    ['courtesy', ['greeted', 'thanked'], undefined, false],
    ['courtesy', ['greeted', 'danced', null], ['greeted'], true],
    ['courtesy', 'greeted', [], true],
    ['dossier', BIRTH, undefined, false],
    ['dossier', { ...BIRTH, registeredAt: '2026-03-12' }, undefined, false],
    ['dossier', { ...BIRTH, registeredAt: 20260312 }, null, true],
    ['dossier', { ...BIRTH, child: { name: 'Trần Minh Khôi', gender: 'boy' } }, null, true],
    ['dossier', { ...BIRTH, code: '' }, null, true],
    ['dossier', { ...BIRTH, status: 'lost' }, null, true],
    ['dossier', { ...BIRTH, child: { name: 42 } }, null, true],
    ['dossier', { ...BIRTH, spouses: [null] }, null, true],
  ])('%s %j → %j (broken: %s)', (kind, stored, expected, broken) => {
    expect(checkRecord(kind, stored)).toEqual({ value: expected === undefined ? stored : expected, broken });
  });

  it('the notice counts records and names no dossier', () => {
    expect(brokenRecordsNotice(2)).toMatch(/^2 bản ghi/);
  });
});
