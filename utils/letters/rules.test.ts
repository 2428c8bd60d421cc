import { describe, expect, it } from 'vitest';
import type { Dossier, DossierStatus } from '../dossier/types';
import { letterEligibility, lettersFor } from './rules';
import { BIRTH, DEATH, LATE, MARRIAGE, TODAY } from './test-fixtures';

const birth = (birthDate: string | undefined, registered: Partial<Dossier> = {}): Dossier => ({
  ...BIRTH,
  receivedAt: undefined,
  completedAt: undefined,
  child: { name: 'Trần Minh Khôi', birthDate },
  ...registered,
});

const birthLetter = (dossier: Dossier, today = TODAY) =>
  letterEligibility(dossier, today).find((letter) => letter.kind === 'birth-congratulation');

describe('birth congratulation', () => {
  it.each([
    ['registered 19 days after the birth', birth('2026-02-14', { receivedAt: '2026-03-05' }), true],
    ['registered on the day of birth', birth('2026-03-05', { receivedAt: '2026-03-05' }), true],
    ['registered exactly 60 days after', birth('2026-01-01', { receivedAt: '2026-03-02' }), true],
    ['registered 61 days after', birth('2026-01-01', { receivedAt: '2026-03-03' }), false],
    ['60 days, at 23:30 Vietnam time', birth('2026-01-01', { receivedAt: '2026-03-02T23:30:00+07:00' }), true],
    [
      '61 days: 17:30 UTC is already the next day in Vietnam',
      birth('2026-01-01', { receivedAt: '2026-03-02T17:30:00Z' }),
      false,
    ],
    ['no receipt date: the completion date counts', birth('2026-01-01', { completedAt: '2026-03-02' }), true],
    ['no receipt or completion date: today counts', birth('2026-01-04'), true],
    ['no receipt or completion date, late today', birth('2026-01-03'), false],
  ])('%s', (_, dossier, applies) => expect(birthLetter(dossier)?.applies).toBe(applies));

  it('gives the number of days when the registration is late', () => {
    expect(birthLetter(birth('2025-12-01', { receivedAt: '2026-03-05' }))).toEqual({
      kind: 'birth-congratulation',
      applies: false,
      reason: 'Đăng ký khai sinh sau 60 ngày kể từ ngày sinh (94 ngày): không gửi thư chúc mừng',
    });
  });

  it.each([
    ['no birth date', birth(undefined), 'Thiếu ngày sinh của trẻ'],
    ['an unreadable birth date', birth('20/02/2026'), 'Ngày sinh của trẻ không hợp lệ'],
    [
      'a birth after the registration',
      birth('2026-03-06', { receivedAt: '2026-03-05' }),
      'Ngày sinh của trẻ sau ngày đăng ký: cần kiểm tra lại',
    ],
    ['a withdrawn dossier', { ...BIRTH, status: 'withdrawn' as const }, 'Hồ sơ bị từ chối hoặc đã rút: không gửi thư'],
  ])('does not apply with %s', (_, dossier, reason) => {
    expect(birthLetter(dossier)).toEqual({ kind: 'birth-congratulation', applies: false, reason });
  });
});

describe('lettersFor', () => {
  it.each([
    ['an on-time birth', BIRTH, ['birth-congratulation']],
    ['a marriage', MARRIAGE, ['marriage-congratulation']],
    ['a death', DEATH, ['condolence']],
    ['another procedure, on time', { ...LATE, dueAt: TODAY }, []],
    ['another procedure, late', LATE, ['apology']],
    [
      'a late birth registration that is itself overdue',
      { ...BIRTH, status: 'processing' as const, dueAt: '2026-03-04' },
      ['birth-congratulation', 'apology'],
    ],
    ['a rejected marriage', { ...MARRIAGE, status: 'rejected' as const }, []],
  ])('%s', (_, dossier, kinds) => expect(lettersFor(dossier, TODAY)).toEqual(kinds));

  it('reads today in Vietnam time, whatever the computer’s zone', () => {
    // 18:00 UTC on 4 March is 01:00 on 5 March in Vietnam: a dossier due on the 4th is late.
    expect(lettersFor({ ...LATE, dueAt: '2026-03-04' }, new Date('2026-03-04T18:00:00Z'))).toEqual(['apology']);
    expect(lettersFor({ ...LATE, dueAt: '2026-03-04' }, new Date('2026-03-04T16:59:00Z'))).toEqual([]);
  });

  it('refuses a today that is not a date', () => expect(() => lettersFor(LATE, 'hôm nay')).toThrow(RangeError));
});

describe('apology', () => {
  const apology = (dossier: Dossier) => letterEligibility(dossier, TODAY).find((letter) => letter.kind === 'apology');

  it.each<[string, Partial<Dossier>, boolean, string]>([
    ['due yesterday, still processing', { dueAt: '2026-03-04' }, true, 'Quá ngày hẹn trả kết quả 1 ngày'],
    ['due three days ago with a time', { dueAt: '2026-03-02T17:00:00+07:00' }, true, 'Quá ngày hẹn trả kết quả 3 ngày'],
    [
      'due today, earlier in the day: the date part counts',
      { dueAt: '2026-03-05T08:00:00+07:00' },
      false,
      'Hồ sơ chưa quá ngày hẹn trả kết quả',
    ],
    ['due tomorrow', { dueAt: '2026-03-06' }, false, 'Hồ sơ chưa quá ngày hẹn trả kết quả'],
    ['late but already returned', { status: 'returned' }, false, 'Hồ sơ đã kết thúc: không cần phiếu xin lỗi'],
    ['late but withdrawn', { status: 'withdrawn' }, false, 'Hồ sơ đã kết thúc: không cần phiếu xin lỗi'],
    ['late, result ready but not handed over', { status: 'result-ready' }, true, 'Quá ngày hẹn trả kết quả 1 ngày'],
    ['no return date', { dueAt: undefined }, false, 'Thiếu ngày hẹn trả kết quả'],
    [
      'no return date, the portal says overdue',
      { dueAt: undefined, status: 'overdue' },
      true,
      'Cổng ghi hồ sơ quá hạn',
    ],
  ])('%s', (_, change, applies, reason) => {
    expect(apology({ ...LATE, ...change })).toEqual({ kind: 'apology', applies, reason });
  });

  it.each<DossierStatus>(['new', 'received', 'processing', 'supplement', 'paused', 'overdue', 'unknown'])(
    'applies to a late dossier in status %s',
    (status) => expect(apology({ ...LATE, status })?.applies).toBe(true),
  );
});
