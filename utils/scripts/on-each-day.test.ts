import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCRIPTS } from '../../templates/courtesy-scripts';
import { standOn, TEST_DAYS } from '../../tests/unit/days';
import { now } from '../clock/clock';
import { createCalendar } from '../deadline';
import { proposeNewReturnDate } from '../deadline/return-dates';
import type { Dossier } from '../dossier/types';
import { deadlineUnder } from '../settings/deadline-settings';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { personalise, scriptsFor, stageOf } from '.';

/** The apology's new return date, two working days on, as the sidebar says it (by hand). */
const NEW_RETURN: Record<string, string> = {
  '2026-11-25': '27/11/2026',
  '2026-12-01': '03/12/2026',
  '2026-11-29': '01/12/2026',
  '2027-02-05': '15/02/2027',
  '2026-12-31': '05/01/2027',
};

afterEach(() => vi.useRealTimers());

describe.each(TEST_DAYS)('standing on %s', (day) => {
  const dossier = (dueAt: string): Dossier => ({
    code: '000.17.22.H56-261120-0003',
    procedureName: 'Chứng thực bản sao',
    kind: 'other',
    status: 'processing',
    statusText: 'Đang xử lý',
    applicant: { name: 'Nguyễn Thị Lan', gender: 'female' },
    dueAt,
  });

  it.each([
    ['due this morning', '08:00', 'overdue'],
    ['due this afternoon', '17:00', 'processing'],
  ])('a dossier %s is in the %s stage', (_, time, stage) => {
    standOn(day);
    const late = dossier(`${day}T${time}:00+07:00`);
    const level = deadlineUnder(late, now(), DEFAULT_SETTINGS.deadline)?.level ?? null;
    expect(stageOf(late.status, level)).toBe(stage);
  });

  it('tells a late citizen the new return date in dd/mm/yyyy, and leaves no placeholder behind', () => {
    standOn(day);
    const late = dossier(`${createCalendar().addWorkingDays(day, -1)}T17:00:00+07:00`);
    const newReturnDate = proposeNewReturnDate(now(), 2, createCalendar());
    const context = { dossier: late, newReturnDate };
    expect(personalise('Hẹn {{Xưng hô}} ngày {{Ngày hẹn mới}}.', context)).toBe(`Hẹn bà ngày ${NEW_RETURN[day]}.`);
    expect(personalise('Hẹn {{honorific}} ngày {{newReturnDate}}.', context)).toBe(`Hẹn bà ngày ${NEW_RETURN[day]}.`);
    for (const script of scriptsFor('overdue', DEFAULT_SCRIPTS)) {
      expect(personalise(script.text, context)).not.toMatch(/\{\{|\}\}|undefined/);
    }
  });
});
