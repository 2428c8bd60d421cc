import { describe, expect, it } from 'vitest';
import { createCalendar } from '../deadline';
import type { Dossier, DossierStatus } from '../dossier/types';
import { letterEligibility, lettersFor } from './rules';
import { BIRTH, DEATH, LATE, MARRIAGE, TODAY } from './test-fixtures';
import type { IssuedApology, LetterKind } from './types';

const birth = (birthDate: string | undefined, registered: Partial<Dossier> = {}): Dossier => ({
  ...BIRTH,
  receivedAt: undefined,
  completedAt: undefined,
  child: { name: 'Trần Minh Khôi', birthDate },
  ...registered,
});

const letterOf = (kind: LetterKind, dossier: Dossier, today = TODAY, context = {}) =>
  letterEligibility(dossier, today, context).find((letter) => letter.kind === kind);
const birthLetter = (dossier: Dossier, today = TODAY) => letterOf('birth-congratulation', dossier, today);

describe('birth congratulation: 60 days under Civil Code arts. 147–148, counted to the reception date', () => {
  it.each([
    ['registered 19 days after the birth', birth('2026-02-14', { receivedAt: '2026-03-05' }), true],
    ['registered on the day of birth', birth('2026-03-05', { receivedAt: '2026-03-05' }), true],
    ['registered on day 60, a working day', birth('2026-01-01', { receivedAt: '2026-03-02' }), true],
    ['registered on day 61', birth('2026-01-01', { receivedAt: '2026-03-03' }), false],
    ['day 60, at 23:30 Vietnam time', birth('2026-01-01', { receivedAt: '2026-03-02T23:30:00+07:00' }), true],
    ['17:30 UTC on day 60 is day 61 in Vietnam', birth('2026-01-01', { receivedAt: '2026-03-02T17:30:00Z' }), false],
    // Day 60 is Saturday 14/2/2026, inside Tết: the period ends with Monday 23/2.
    ['born 16/12/2025, registered Mon 23/2/2026', birth('2025-12-16', { receivedAt: '2026-02-23' }), true],
    ['born 16/12/2025, registered Tue 24/2/2026', birth('2025-12-16', { receivedAt: '2026-02-24' }), false],
    // Day 60 a Sunday: Monday still counts.
    ['day 60 on Sunday 29/11/2026, registered Monday', birth('2026-09-30', { receivedAt: '2026-11-30' }), true],
  ])('%s', (_, dossier, applies) => expect(birthLetter(dossier)?.applies).toBe(applies));

  it('says it in plain words', () => {
    expect(birthLetter(birth('2026-02-14', { receivedAt: '2026-03-05' }))?.reason).toBe(
      'Đăng ký đúng hạn (19 ngày sau ngày sinh)',
    );
    expect(birthLetter(birth('2025-12-16', { receivedAt: '2026-02-23' }))?.reason).toBe(
      'Đăng ký đúng hạn (69 ngày sau ngày sinh, vì ngày thứ 60 rơi vào ngày nghỉ nên hạn kéo đến hết ngày 23/02/2026)',
    );
    expect(birthLetter(birth('2026-04-03', { receivedAt: '2026-06-17' }))).toEqual({
      kind: 'birth-congratulation',
      applies: false,
      reason: 'Đăng ký sau 75 ngày, quá hạn 15 ngày: theo kế hoạch không trao thư chúc mừng',
    });
    // Day 60 fell in Tết: the lateness counts from the end of the extended period (Monday 23/2).
    expect(birthLetter(birth('2025-12-20', { receivedAt: '2026-03-05' }))?.reason).toBe(
      'Đăng ký sau 75 ngày, quá hạn 10 ngày: theo kế hoạch không trao thư chúc mừng',
    );
  });

  it('follows the team lead’s calendar', () => {
    const calendar = createCalendar({ extraDaysOff: ['2026-03-02'] });
    const dossier = birth('2026-01-01', { receivedAt: '2026-03-03' });
    expect(letterOf('birth-congratulation', dossier, TODAY, { calendar })?.applies).toBe(true);
  });

  it.each([
    ['no birth date', birth(undefined, { receivedAt: TODAY }), 'Thiếu ngày sinh của trẻ'],
    ['an unreadable birth date', birth('20/02/2026', { receivedAt: TODAY }), 'Ngày sinh của trẻ không hợp lệ'],
    [
      'no reception date: the officer is asked, never today or the result date',
      birth('2026-01-04', { completedAt: '2026-01-05' }),
      'Chưa có ngày tiếp nhận hồ sơ: anh/chị nhập ngày tiếp nhận để biết đăng ký có đúng hạn không',
    ],
    [
      'a birth after the reception',
      birth('2026-03-06', { receivedAt: '2026-03-05' }),
      'Ngày sinh của trẻ sau ngày tiếp nhận hồ sơ: cần kiểm tra lại',
    ],
    ['a withdrawn dossier', { ...BIRTH, status: 'withdrawn' as const }, 'Hồ sơ bị từ chối hoặc đã rút: không gửi thư'],
  ])('does not apply with %s', (_, dossier, reason) => {
    expect(birthLetter(dossier)).toEqual({ kind: 'birth-congratulation', applies: false, reason });
  });
});

describe('no letter for what is not an event', () => {
  it.each<[string, LetterKind, RegExp]>([
    ['Cấp bản sao trích lục khai sinh', 'birth-congratulation', /bản sao, trích lục/],
    ['Cấp lại bản chính giấy khai sinh', 'birth-congratulation', /cấp lại/],
    ['Đăng ký lại khai sinh', 'birth-congratulation', /Đăng ký lại/],
    ['Đăng ký lại kết hôn', 'marriage-congratulation', /Đăng ký lại/],
    ['Đăng ký lại khai tử', 'condolence', /Đăng ký lại/],
    ['Xác nhận tình trạng hôn nhân', 'marriage-congratulation', /không phải đăng ký kết hôn/],
    ['Cấp bản sao trích lục hộ tịch về khai tử', 'condolence', /bản sao, trích lục/],
    ['Hủy việc kết hôn trái pháp luật', 'marriage-congratulation', /hủy, thu hồi/],
  ])('%s: no %s, and why', (procedureName, kind, why) => {
    const dossier: Dossier = { ...LATE, procedureName, kind: 'other', dueAt: '2026-03-20' };
    const letter = letterOf(kind, dossier);
    expect(letter?.applies).toBe(false);
    expect(letter?.reason).toMatch(why);
    expect(lettersFor(dossier, TODAY)).toEqual([]);
  });

  it('holds even when the kind was set to the event by hand', () => {
    const dossier: Dossier = { ...BIRTH, procedureName: 'Cấp bản sao trích lục khai sinh', receivedAt: TODAY };
    expect(letterOf('birth-congratulation', dossier)?.applies).toBe(false);
  });

  it('gives no event letter to a procedure that names none', () => {
    expect(letterEligibility({ ...LATE, dueAt: TODAY }, TODAY).map((l) => l.kind)).toEqual(['apology']);
  });
});

describe('condolence', () => {
  const death = (deathDate: string, receivedAt?: string): Dossier => ({
    ...DEATH,
    receivedAt,
    deceased: { name: 'Phạm Văn Đức', gender: 'male', deathDate },
  });

  it.each([
    ['registered 2 days after', death('2026-03-03', '2026-03-05'), true],
    ['registered 60 days after', death('2026-01-04', '2026-03-05'), true],
    ['without a reception date, counted to today', death('2026-01-04'), true],
  ])('%s: proposed', (_, dossier, applies) => expect(letterOf('condolence', dossier)?.applies).toBe(applies));

  it('is not proposed for a death long past, and says why', () => {
    expect(letterOf('condolence', death('2025-11-05', '2026-03-05'))).toEqual({
      kind: 'condolence',
      applies: false,
      reason: 'Người mất đã mất 120 ngày trước khi đăng ký khai tử (quá 60 ngày): không gửi thư chia buồn',
    });
    expect(letterOf('condolence', death('2025-11-05', '2026-03-05'), TODAY, { condolenceMaxDays: 180 })?.applies).toBe(
      true,
    );
  });
});

describe('lettersFor', () => {
  it.each([
    ['an on-time birth', BIRTH, ['birth-congratulation']],
    ['a marriage', MARRIAGE, ['marriage-congratulation']],
    ['a death', DEATH, ['condolence']],
    ['another procedure, due in 3 working days', { ...LATE, dueAt: '2026-03-10' }, []],
    ['another procedure, late', LATE, ['apology']],
    [
      'an on-time birth registration that is itself late',
      { ...BIRTH, status: 'processing' as const, dueAt: '2026-03-04' },
      ['birth-congratulation', 'apology'],
    ],
    ['a rejected marriage', { ...MARRIAGE, status: 'rejected' as const }, []],
  ])('%s', (_, dossier, kinds) => expect(lettersFor(dossier, TODAY)).toEqual(kinds));

  it('reads today in Vietnam time, whatever the computer’s zone', () => {
    // 18:00 UTC on 5 March is 01:00 on 6 March in Vietnam: a dossier due on Monday 9 March is 1 working day away.
    expect(lettersFor({ ...LATE, dueAt: '2026-03-09' }, new Date('2026-03-05T18:00:00Z'))).toEqual(['apology']);
    expect(lettersFor({ ...LATE, dueAt: '2026-03-09' }, new Date('2026-03-05T16:59:00Z'))).toEqual([]);
  });

  it('refuses a today that is not a date', () => expect(() => lettersFor(LATE, 'hôm nay')).toThrow(RangeError));
});

describe('apology slip', () => {
  const apology = (change: Partial<Dossier>, context = {}, today = TODAY) =>
    letterOf('apology', { ...LATE, ...change }, today, context);

  // Thursday 5/3/2026.
  it.each<[string, Partial<Dossier>, boolean, RegExp]>([
    ['due yesterday, still processing', { dueAt: '2026-03-04' }, true, /quá ngày hẹn trả kết quả 1 ngày/],
    ['due three days ago with a time', { dueAt: '2026-03-02T17:00:00+07:00' }, true, /3 ngày/],
    ['due today', { dueAt: '2026-03-05T08:00:00+07:00' }, true, /chậm nhất 1 ngày trước ngày hẹn/],
    ['due tomorrow: 1 working day before is today', { dueAt: '2026-03-06' }, true, /Sắp đến ngày hẹn trả/],
    // Due Monday 9/3: one working day before it is Friday 6/3, not yet.
    ['due Monday, today Thursday', { dueAt: '2026-03-09' }, false, /lập phiếu từ ngày 06\/03\/2026/],
    ['late but already returned', { status: 'returned' }, false, /đã kết thúc/],
    ['late but withdrawn', { status: 'withdrawn' }, false, /đã kết thúc/],
    ['late, result ready by the appointment', { status: 'result-ready' }, false, /đã có kết quả đúng hẹn/],
    [
      'result ready the day after the appointment',
      { status: 'result-ready', dueAt: '2026-03-02', completedAt: '2026-03-03' },
      true,
      /quá ngày hẹn trả kết quả 3 ngày/,
    ],
    [
      'result ready on the day of the appointment',
      { status: 'result-ready', dueAt: '2026-03-02', completedAt: '2026-03-02T10:00:00+07:00' },
      false,
      /đã có kết quả đúng hẹn/,
    ],
    ['late while the citizen supplements', { status: 'supplement' }, false, /chờ công dân bổ sung/],
    ['late while paused', { status: 'paused' }, false, /tạm dừng/],
    ['no return date', { dueAt: undefined }, false, /Thiếu ngày hẹn trả kết quả/],
    ['no return date, the portal says overdue', { dueAt: undefined, status: 'overdue' }, true, /quá hạn/],
  ])('%s', (_, change, applies, reason) => {
    const letter = apology(change);
    expect(letter?.applies).toBe(applies);
    expect(letter?.reason).toMatch(reason);
  });

  it('is offered on the working day before a due date after a weekend', () => {
    // Due Monday 9/3/2026: from Friday 6/3, and over the weekend.
    for (const today of ['2026-03-06', '2026-03-07', '2026-03-08']) {
      expect(apology({ dueAt: '2026-03-09' }, {}, today)?.applies).toBe(true);
    }
  });

  it('is offered once per dossier: a second one is refused with the first one’s number and date', () => {
    const issued: IssuedApology = {
      dossierCode: LATE.code,
      number: '12/PXL-UBND',
      issuedOn: '2026-03-04',
      newReturnDate: '2026-03-09',
      reason: 'chờ xác minh',
    };
    expect(apology({}, { issuedApology: issued })).toEqual({
      kind: 'apology',
      applies: false,
      reason:
        'Đã lập phiếu xin lỗi số 12/PXL-UBND ngày 04/03/2026, hẹn trả ngày 09/03/2026: mỗi hồ sơ chỉ lập một phiếu và chỉ hẹn lại một lần',
    });
  });

  it.each<DossierStatus>(['new', 'received', 'processing', 'overdue', 'unknown'])(
    'applies to a late dossier in the office’s hands (%s)',
    (status) => expect(apology({ status })?.applies).toBe(true),
  );
});
