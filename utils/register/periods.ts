import { monthsBefore } from './months';

/** What a report covers: one month, a quarter or a year. */
export type PeriodKind = 'month' | 'quarter' | 'year';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4; 1 for a year. */
  index: number;
}

export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year'];

const QUARTER_NAMES = ['I', 'II', 'III', 'IV'];

const pad = (n: number) => String(n).padStart(2, '0');

/** The period of this kind that holds `month` (`YYYY-MM`). */
export function periodOf(month: string, kind: PeriodKind): Period {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  if (kind === 'month') return { kind, year, index: m };
  if (kind === 'quarter') return { kind, year, index: Math.ceil(m / 3) };
  return { kind, year, index: 1 };
}

/** Its months, `YYYY-MM`, in order. */
export function periodMonths(period: Period): string[] {
  const { kind, year, index } = period;
  if (kind === 'month') return [`${year}-${pad(index)}`];
  const first = kind === 'quarter' ? (index - 1) * 3 + 1 : 1;
  const count = kind === 'quarter' ? 3 : 12;
  return Array.from({ length: count }, (_, i) => `${year}-${pad(first + i)}`);
}

/** The period just before, to compare with. */
export function previousPeriod(period: Period): Period {
  const first = periodMonths(period)[0] ?? `${period.year}-01`;
  return periodOf(monthsBefore(first, 1), period.kind);
}

/**
 * As a report's title says it: "tháng 11 năm 2026", "quý IV năm 2026", "năm 2026". Months 1 and 2 take a zero, as in
 * Decree 30's dates ("tháng 02 năm 2027"), so that a title and its date line never differ.
 */
export function periodLabel(period: Period): string {
  const { kind, year, index } = period;
  if (kind === 'month') return `tháng ${index <= 2 ? pad(index) : index} năm ${year}`;
  if (kind === 'quarter') return `quý ${QUARTER_NAMES[index - 1]} năm ${year}`;
  return `năm ${year}`;
}

/** A short key for lists and file names: `2026-11`, `2026-Q4`, `2026`. */
export function periodKey(period: Period): string {
  const { kind, year, index } = period;
  if (kind === 'month') return `${year}-${pad(index)}`;
  if (kind === 'quarter') return `${year}-Q${index}`;
  return String(year);
}

export function parsePeriodKey(key: string): Period | null {
  let match = /^(\d{4})-(\d{2})$/.exec(key);
  if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12)
    return { kind: 'month', year: Number(match[1]), index: Number(match[2]) };
  match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (match) return { kind: 'quarter', year: Number(match[1]), index: Number(match[2]) };
  match = /^(\d{4})$/.exec(key);
  if (match) return { kind: 'year', year: Number(match[1]), index: 1 };
  return null;
}

/** The periods of a kind that hold any of `months`, newest first, each once. */
export function periodsOf(months: Iterable<string>, kind: PeriodKind): Period[] {
  const keys = new Set<string>();
  for (const month of months) keys.add(periodKey(periodOf(month, kind)));
  return [...keys]
    .sort()
    .reverse()
    .map((key) => parsePeriodKey(key))
    .filter((p): p is Period => p !== null);
}
