import { describe, expect, it } from 'vitest';
import type { Dossier } from '../dossier/types';
import { monthlyReport, reportMonths } from './monthly-report';
import { monthOf, monthsBefore, oldestKeptMonth, previousMonth } from './months';
import { outcomeOf, pruned, withCourtesy, withLetters, withNote, withSeen } from './register-log';
import { REGISTER } from './register-test-fixtures';
import type { Register } from './register-types';
import { reportCsv, reportRows } from './report-table';

const dossier = (patch: Partial<Dossier>): Dossier => ({
  code: 'H56-1',
  procedureName: 'Đăng ký khai sinh',
  kind: 'birth',
  status: 'processing',
  statusText: 'Đang xử lý',
  applicant: { name: 'Nguyễn Thị Hương' },
  dueAt: '2026-11-20',
  ...patch,
});

describe('months', () => {
  it('reads months in Vietnam time', () => {
    // 17:30 UTC on 31 October is already 1 November in Vietnam.
    expect(monthOf('2026-10-31T17:30:00Z')).toBe('2026-11');
    expect(monthOf('2026-10-31T16:30:00Z')).toBe('2026-10');
  });
  it.each([
    ['2026-03', 2, '2026-01'],
    ['2026-03', 3, '2025-12'],
    ['2026-01', 13, '2024-12'],
    ['2026-12', 0, '2026-12'],
  ])('%s minus %i months is %s', (month, n, expected) => {
    expect(monthsBefore(month, n)).toBe(expected);
  });
  it('keeps the current month and the months before it', () => {
    expect(oldestKeptMonth('2026-11-25', 12)).toBe('2025-12');
    expect(oldestKeptMonth('2026-11-25', 1)).toBe('2026-11');
    expect(oldestKeptMonth('2026-11-25', 0)).toBe('2026-11');
  });
  it('knows the previous month across a year', () => {
    expect(previousMonth('2026-01-15')).toBe('2025-12');
  });
});

describe('the register', () => {
  it('tells on-time, late and open dossiers apart', () => {
    expect(outcomeOf(dossier({ status: 'returned', completedAt: '2026-11-20T16:00:00+07:00' }))).toBe('on-time');
    expect(outcomeOf(dossier({ status: 'returned', completedAt: '2026-11-21T08:00:00+07:00' }))).toBe('late');
    expect(outcomeOf(dossier({ status: 'returned' }))).toBe('open');
    expect(outcomeOf(dossier({ status: 'overdue' }))).toBe('open');
  });

  it('counts a dossier once a month and keeps its latest outcome', () => {
    let seen = withSeen([], dossier({}), '2026-11-02');
    seen = withSeen(seen, dossier({ status: 'returned', completedAt: '2026-11-19' }), '2026-11-03');
    seen = withSeen(seen, dossier({ code: 'H56-2', kind: 'death' }), '2026-11-03');
    seen = withSeen(seen, dossier({}), '2026-12-01');
    expect(seen).toHaveLength(3);
    expect(seen.find((r) => r.code === 'H56-1' && r.month === '2026-11')?.outcome).toBe('on-time');
    expect(withSeen(seen, dossier({ code: '' }), '2026-11-03')).toHaveLength(3);
  });

  it('keeps courtesy ticks as totals that never go below zero', () => {
    let totals = withCourtesy({}, 'greeted', 1, '2026-11-02');
    totals = withCourtesy(totals, 'greeted', 1, '2026-11-03');
    totals = withCourtesy(totals, 'thanked', -1, '2026-11-03');
    expect(totals['2026-11']).toEqual({ greeted: 2, thanked: 0 });
  });

  it("records a letter once however often its page is reloaded, and keeps the officer's note", () => {
    const letter = {
      id: 'j1-0',
      printedAt: '2026-11-03T09:00:00+07:00',
      kind: 'condolence' as const,
      dossierCode: 'A',
    };
    const letters = withLetters(withLetters([], [letter]), [letter]);
    expect(letters).toHaveLength(1);
    expect(withNote(letters, ['j1-0'], '  trao tại nhà  ')[0]?.note).toBe('trao tại nhà');
    expect(withNote(withNote(letters, ['j1-0'], 'x'), ['j1-0'], ' ')[0]).not.toHaveProperty('note');
  });

  it('drops everything older than the retention', () => {
    const register: Register = {
      letters: [
        { id: 'x', printedAt: '2025-10-31T10:00:00+07:00', kind: 'apology', dossierCode: 'old' },
        { id: 'x', printedAt: '2025-11-01T10:00:00+07:00', kind: 'apology', dossierCode: 'kept' },
      ],
      seen: [
        { month: '2025-10', code: 'old', kind: 'birth', outcome: 'open' },
        { month: '2026-11', code: 'new', kind: 'birth', outcome: 'open' },
      ],
      courtesy: { '2025-10': { greeted: 1 }, '2026-11': { greeted: 2 } },
    };
    const kept = pruned(register, '2026-11-25', 13);
    expect(kept.letters.map((l) => l.dossierCode)).toEqual(['kept']);
    expect(kept.seen.map((s) => s.code)).toEqual(['new']);
    expect(Object.keys(kept.courtesy)).toEqual(['2026-11']);
  });
});

describe('the monthly report', () => {
  it('counts one month only', () => {
    const report = monthlyReport(REGISTER, '2026-11');
    expect(report.lettersByKind).toEqual({
      'birth-congratulation': 2,
      'marriage-congratulation': 0,
      condolence: 0,
      'thank-you': 0,
      apology: 1,
    });
    expect(report.lettersTotal).toBe(3);
    expect(report.dossiersSeen).toBe(4);
    expect(report.dossiersByKind).toEqual({ birth: 2, marriage: 1, death: 0, other: 1 });
    expect(report.returned).toBe(3);
    expect(report.returnedOnTime).toBe(2);
    expect(report.onTimeShare).toBeCloseTo(2 / 3);
    expect(report.apologies).toBe(1);
    expect(report.courtesy).toEqual({ greeted: 7, askedPermission: 0, thanked: 3, apologised: 0 });
  });

  it('has no on-time share when nothing was returned', () => {
    expect(monthlyReport(REGISTER, '2026-09').onTimeShare).toBeNull();
    expect(reportRows(monthlyReport(REGISTER, '2026-09')).find(([label]) => label.startsWith('Tỷ lệ'))?.[1]).toBe('');
  });

  it('lists the months with data, newest first', () => {
    expect(reportMonths(REGISTER, '2026-12')).toEqual(['2026-12', '2026-11', '2026-10', '2026-09']);
  });

  it('writes a CSV that Excel opens as UTF-8', () => {
    const csv = reportCsv(monthlyReport(REGISTER, '2026-11'));
    expect(csv.startsWith('\uFEFFChỉ tiêu,Số liệu\r\n')).toBe(true);
    expect(csv).toContain('Tháng,11/2026\r\n');
    expect(csv).toContain('Tỷ lệ đúng hẹn (%),66.7\r\n');
    expect(csv).toContain('Thư chúc mừng khai sinh,2\r\n');
    expect(csv).toContain('Lần chào hỏi,7\r\n');
  });
});
