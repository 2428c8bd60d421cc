import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { standOn, TEST_DAYS } from '../../tests/unit/days';
import { now } from '../clock/clock';
import type { Dossier } from '../dossier/types';
import { monthlyReport } from './monthly-report';
import { previousMonth } from './months';
import { seenDossierOf } from './register-changes';
import { applyRegisterChange, readRegister } from './register-store';

/** This month and the one before, by hand: the report a team lead opens that day is about one of them. */
const MONTHS: Record<string, [string, string]> = {
  '2026-11-25': ['2026-11', '2026-10'],
  '2026-12-01': ['2026-12', '2026-11'],
  '2026-11-29': ['2026-11', '2026-10'],
  '2027-02-05': ['2027-02', '2027-01'],
  '2026-12-31': ['2026-12', '2026-11'],
};

const returned: Dossier = {
  code: '000.17.22.H56-261120-0003',
  procedureName: 'Đăng ký khai sinh',
  kind: 'birth',
  status: 'returned',
  statusText: 'Đã trả kết quả',
  applicant: { name: 'Nguyễn Thị Lan' },
  dueAt: '2030-01-01',
  completedAt: '2026-01-01',
};

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

describe.each(TEST_DAYS)('standing on %s', (day) => {
  const [month, before] = MONTHS[day] ?? ['', ''];

  it.each(['00:05', '23:55'])(
    'a letter printed and a dossier seen at %s count in this month’s report',
    async (time) => {
      standOn(day, time);
      const printedAt = new Date(now()).toISOString();
      await applyRegisterChange({ op: 'letters', records: [{ id: 'job-0', printedAt, kind: 'apology' }] }, 12);
      await applyRegisterChange({ op: 'seen', dossier: seenDossierOf(returned) }, 12);
      await applyRegisterChange({ op: 'courtesy', act: 'thanked', change: 1 }, 12);
      const register = await readRegister();
      const report = monthlyReport(register, month);
      expect(report.lettersByKind.apology).toBe(1);
      expect(report.dossiersSeen).toBe(1);
      expect(report.courtesy.thanked).toBe(1);
      expect(previousMonth(now())).toBe(before);
      expect(monthlyReport(register, before).lettersTotal).toBe(0);
    },
  );

  it('keeps exactly the months the retention says, this one included', async () => {
    standOn(day);
    const printedAt = (monthsAgo: number) => {
      const [y = 0, m = 1] = month.split('-').map(Number);
      const index = y * 12 + (m - 1) - monthsAgo;
      return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-15T10:00:00+07:00`;
    };
    const records = [0, 1, 2].map((ago) => ({
      id: `ago-${ago}`,
      printedAt: printedAt(ago),
      kind: 'thank-you' as const,
    }));
    await applyRegisterChange({ op: 'letters', records }, 2);
    expect((await readRegister()).letters.map((l) => l.id)).toEqual(['ago-0', 'ago-1']);
  });
});
