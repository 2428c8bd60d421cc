import { describe, expect, it } from 'vitest';
import {
  type Period,
  parsePeriodKey,
  periodKey,
  periodLabel,
  periodMonths,
  periodOf,
  periodsOf,
  previousPeriod,
} from './periods';

const month = (year: number, index: number): Period => ({ kind: 'month', year, index });
const quarter = (year: number, index: number): Period => ({ kind: 'quarter', year, index });
const year = (y: number): Period => ({ kind: 'year', year: y, index: 1 });

describe('report periods', () => {
  it.each([
    ['2026-11', 'month', month(2026, 11)],
    ['2026-11', 'quarter', quarter(2026, 4)],
    ['2026-03', 'quarter', quarter(2026, 1)],
    ['2026-04', 'quarter', quarter(2026, 2)],
    ['2026-11', 'year', year(2026)],
  ] as const)('%s is in the %s %j', (m, kind, period) => {
    expect(periodOf(m, kind)).toEqual(period);
  });

  it.each([
    [month(2026, 11), ['2026-11']],
    [quarter(2026, 4), ['2026-10', '2026-11', '2026-12']],
    [quarter(2027, 1), ['2027-01', '2027-02', '2027-03']],
  ])('%j holds %j', (period, months) => {
    expect(periodMonths(period)).toEqual(months);
  });

  it('a year holds its twelve months', () => {
    const months = periodMonths(year(2026));
    expect(months).toHaveLength(12);
    expect([months[0], months[11]]).toEqual(['2026-01', '2026-12']);
  });

  it.each([
    [month(2026, 11), month(2026, 10)],
    [month(2027, 1), month(2026, 12)],
    [quarter(2026, 4), quarter(2026, 3)],
    [quarter(2027, 1), quarter(2026, 4)],
    [year(2026), year(2025)],
  ])('the period before %j is %j', (period, before) => {
    expect(previousPeriod(period)).toEqual(before);
  });

  it.each([
    [month(2026, 11), 'tháng 11 năm 2026', '2026-11'],
    [month(2027, 2), 'tháng 02 năm 2027', '2027-02'],
    [month(2026, 3), 'tháng 3 năm 2026', '2026-03'],
    [quarter(2026, 4), 'quý IV năm 2026', '2026-Q4'],
    [quarter(2026, 2), 'quý II năm 2026', '2026-Q2'],
    [year(2026), 'năm 2026', '2026'],
  ])('%j reads “%s”, key %s', (period, label, key) => {
    expect(periodLabel(period)).toBe(label);
    expect(periodKey(period)).toBe(key);
    expect(parsePeriodKey(key)).toEqual(period);
  });

  it.each(['2026-13', '2026-Q5', '26', 'x'])('refuses the key %j', (key) => {
    expect(parsePeriodKey(key)).toBeNull();
  });

  it('lists the periods that hold data, newest first, each once', () => {
    const months = ['2026-09', '2026-10', '2026-11', '2025-12'];
    expect(periodsOf(months, 'quarter').map(periodKey)).toEqual(['2026-Q4', '2026-Q3', '2025-Q4']);
    expect(periodsOf(months, 'year').map(periodKey)).toEqual(['2026', '2025']);
    expect(periodsOf(months, 'month').map(periodKey)).toEqual(['2026-11', '2026-10', '2026-09', '2025-12']);
  });
});
