import { afterEach, describe, expect, it, vi } from 'vitest';
import { standOn, TEST_DAYS } from '../../tests/unit/days';
import { now } from '../clock/clock';
import { addDays, createCalendar, vietnamToday } from '../deadline';
import { apologyReturnDate } from '../deadline/return-dates';
import type { Dossier } from '../dossier/types';
import { letterValues } from './letter-values';
import { prepareLetter } from './prepare';
import { sampleLetter } from './preview-samples';
import { lettersFor } from './rules';
import { OFFICE } from './test-fixtures';
import type { LetterKind } from './types';

/** Decree 30's words for each day, by hand: the day always in two digits, the month in two below March. */
const WRITTEN: Record<string, string> = {
  '2026-11-25': 'ngày 25 tháng 11 năm 2026',
  '2026-12-01': 'ngày 01 tháng 12 năm 2026',
  '2026-11-29': 'ngày 29 tháng 11 năm 2026',
  '2027-02-05': 'ngày 05 tháng 02 năm 2027',
  '2026-12-31': 'ngày 31 tháng 12 năm 2026',
};

/** The apology's new return date (two working days on) in words, by hand. */
const NEW_RETURN: Record<string, string> = {
  '2026-11-25': 'ngày 27 tháng 11 năm 2026',
  '2026-12-01': 'ngày 03 tháng 12 năm 2026',
  '2026-11-29': 'ngày 01 tháng 12 năm 2026',
  '2027-02-05': 'ngày 15 tháng 02 năm 2027',
  '2026-12-31': 'ngày 05 tháng 01 năm 2027',
};

const KINDS: LetterKind[] = ['birth-congratulation', 'marriage-congratulation', 'condolence', 'apology', 'thank-you'];

afterEach(() => vi.useRealTimers());

describe.each(TEST_DAYS)('standing on %s', (day) => {
  it('dates a letter today, in Decree 30’s words, at any hour', () => {
    for (const time of ['00:05', '10:00', '23:55']) {
      standOn(day, time);
      const values = letterValues(null, OFFICE);
      expect(values['letter.date']).toBe(WRITTEN[day]);
      expect(values['letter.placeDate']).toBe(`Tân Phú, ${WRITTEN[day]}`);
    }
  });

  it.each(KINDS)('the template editor’s sample %s fills completely', (kind) => {
    standOn(day);
    const { dossier, options } = sampleLetter(kind);
    const text = JSON.stringify(prepareLetter(kind, dossier, OFFICE, options).blocks);
    expect(text).not.toMatch(/\{\{|\}\}|undefined|null|NaN/);
    expect(text).toContain(WRITTEN[day]);
  });

  it('writes the apology’s new return date the sidebar proposes', () => {
    standOn(day);
    const late: Dossier = {
      code: '000.17.22.H56-261120-0003',
      procedureName: 'Chứng thực bản sao',
      kind: 'other',
      status: 'processing',
      statusText: 'Đang xử lý',
      applicant: { name: 'Nguyễn Thị Hương', gender: 'female' },
      receivedAt: `${createCalendar().addWorkingDays(day, -3)}T09:00:00+07:00`,
      dueAt: `${createCalendar().addWorkingDays(day, -1)}T17:00:00+07:00`,
    };
    // Past its due date, the slip's new date is counted from today (the sidebar's letter context does the same).
    const newReturnDate = apologyReturnDate(late.dueAt, now(), 2, createCalendar());
    expect(lettersFor(late, vietnamToday(now()))).toContain('apology');
    const slip = JSON.stringify(
      prepareLetter('apology', late, OFFICE, { reason: 'cần xác minh thêm', newReturnDate, number: '12/PXL-UBND' })
        .blocks,
    );
    expect(slip).toContain('12/PXL-UBND');
    expect(slip).toContain(NEW_RETURN[day]);
    expect(slip).toContain(WRITTEN[day]);
  });

  it('congratulates a birth registered today within 60 days, and not one registered later', () => {
    standOn(day);
    const today = vietnamToday(now());
    const birth = (bornDaysAgo: number): Dossier => ({
      code: '000.17.22.H56-261125-0001',
      procedureName: 'Đăng ký khai sinh',
      kind: 'birth',
      status: 'returned',
      statusText: 'Đã trả kết quả',
      applicant: { name: 'Trần Thị B', gender: 'female' },
      receivedAt: `${today}T09:00:00+07:00`,
      child: { name: 'Lê Minh C', birthDate: addDays(today, -bornDaysAgo) },
    });
    expect(lettersFor(birth(20), today)).toContain('birth-congratulation');
    expect(lettersFor(birth(90), today)).not.toContain('birth-congratulation');
  });
});
