import { LETTER_KINDS } from '../letters/kinds';
import type { LetterKind } from '../letters/types';
import type { CourtesyAct } from '../scripts/types';
import type { CommuneData, StoredDesk, StoredMonth } from './commune-data';
import { REPORT_ACTS } from './monthly-report';
import { type Period, periodLabel, periodMonths, previousPeriod } from './periods';

/** The figures that add up across months and desks, and the shares computed from them. */
export interface Figures {
  letters: Record<LetterKind, number>;
  lettersTotal: number;
  dossiersSeen: number;
  returned: number;
  returnedOnTime: number;
  /** returnedOnTime / returned, or null when nothing was returned. */
  onTimeShare: number | null;
  apologies: number;
  courtesy: Record<CourtesyAct, number>;
  courtesyTotal: number;
}

/**
 * The counts a desk and a period are seen by, in this order: a desk's bars on the report page, and what the summary
 * compares with the period before. `words` is the name inside a sentence.
 */
export const HEADLINE_FIGURES: readonly { label: string; words: string; value: (f: Figures) => number }[] = [
  { label: 'Hồ sơ đã xem', words: 'số hồ sơ đã xem', value: (f) => f.dossiersSeen },
  { label: 'Trả đúng hẹn', words: 'số hồ sơ trả đúng hẹn', value: (f) => f.returnedOnTime },
  { label: 'Thư, phiếu đã in', words: 'số thư, phiếu đã in', value: (f) => f.lettersTotal },
  { label: 'Phiếu xin lỗi', words: 'số phiếu xin lỗi', value: (f) => f.apologies },
  { label: 'Lượt “4 xin”', words: 'số lượt “4 xin”', value: (f) => f.courtesyTotal },
];

type Counts = Pick<StoredMonth, 'letters' | 'dossiersSeen' | 'returned' | 'returnedOnTime' | 'courtesy'>;

/** The sum of some months (of one desk or many). */
export function figuresOf(months: Iterable<Counts>): Figures {
  const letters = Object.fromEntries(LETTER_KINDS.map((k) => [k, 0])) as Record<LetterKind, number>;
  const courtesy = Object.fromEntries(REPORT_ACTS.map((a) => [a, 0])) as Record<CourtesyAct, number>;
  let dossiersSeen = 0;
  let returned = 0;
  let returnedOnTime = 0;
  for (const month of months) {
    for (const kind of LETTER_KINDS) letters[kind] += month.letters[kind];
    for (const act of REPORT_ACTS) courtesy[act] += month.courtesy[act];
    dossiersSeen += month.dossiersSeen;
    returned += month.returned;
    returnedOnTime += month.returnedOnTime;
  }
  const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);
  return {
    letters,
    lettersTotal: sum(letters),
    dossiersSeen,
    returned,
    returnedOnTime,
    onTimeShare: returned === 0 ? null : returnedOnTime / returned,
    apologies: letters.apology,
    courtesy,
    courtesyTotal: sum(courtesy),
  };
}

export interface DeskMonthReport {
  month: string;
  figures: Figures;
  dossierCodes?: string[];
}

export interface DeskReport {
  id: string;
  name: string;
  /** The name, or the name and a short id when two desks share it. */
  label: string;
  /** Months of the period this desk sent, oldest first. */
  months: string[];
  byMonth: DeskMonthReport[];
  figures: Figures;
}

export interface CommuneReport {
  period: Period;
  label: string;
  /** Desks with at least one month in the period, by name. */
  desks: DeskReport[];
  total: Figures;
  previous: { period: Period; label: string; total: Figures; desks: number };
  /** Months of the period other desks sent but this one did not. */
  gaps: { label: string; months: string[] }[];
}

/**
 * How each desk is shown: its name, and, when other desks have the same name, the start of its id, as long as it
 * takes to tell them apart (ids are random: six characters almost always do).
 */
export function deskLabels(desks: readonly StoredDesk[]): Map<string, string> {
  const key = (name: string) => name.toLocaleLowerCase('vi');
  const groups = new Map<string, StoredDesk[]>();
  for (const desk of desks) groups.set(key(desk.name), [...(groups.get(key(desk.name)) ?? []), desk]);
  const labels = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      const [desk] = group;
      if (desk) labels.set(desk.id, desk.name);
      continue;
    }
    let length = 6;
    while (length < 64 && new Set(group.map((d) => d.id.slice(0, length))).size < group.length) length++;
    for (const desk of group) labels.set(desk.id, `${desk.name} (mã ${desk.id.slice(0, length)})`);
  }
  return labels;
}

const byName = (a: StoredDesk, b: StoredDesk) =>
  a.name.localeCompare(b.name, 'vi', { sensitivity: 'base' }) || a.id.localeCompare(b.id);

function deskReports(data: CommuneData, period: Period): DeskReport[] {
  const wanted = periodMonths(period);
  const all = Object.values(data.desks).sort(byName);
  const labels = deskLabels(all);
  return all.flatMap((desk) => {
    const byMonth = wanted.flatMap((month) => {
      const stored = desk.months[month];
      if (!stored) return [];
      const entry: DeskMonthReport = { month, figures: figuresOf([stored]) };
      if (stored.dossierCodes) entry.dossierCodes = stored.dossierCodes;
      return [entry];
    });
    if (byMonth.length === 0) return [];
    const months = wanted.map((m) => desk.months[m]).filter((m): m is StoredMonth => m !== undefined);
    return [
      {
        id: desk.id,
        name: desk.name,
        label: labels.get(desk.id) ?? desk.name,
        months: byMonth.map((m) => m.month),
        byMonth,
        figures: figuresOf(months),
      },
    ];
  });
}

/** A month, quarter or year of the commune: each desk that sent figures for it, the total, and the period before. */
export function communeReport(data: CommuneData, period: Period): CommuneReport {
  const desks = deskReports(data, period);
  const before = previousPeriod(period);
  const previousDesks = deskReports(data, before);
  const sent = new Set(desks.flatMap((d) => d.months));
  return {
    period,
    label: periodLabel(period),
    desks,
    total: figuresOf(desks.map((d) => d.figures)),
    previous: {
      period: before,
      label: periodLabel(before),
      total: figuresOf(previousDesks.map((d) => d.figures)),
      desks: previousDesks.length,
    },
    gaps: desks
      .map((desk) => ({ label: desk.label, months: [...sent].sort().filter((m) => !desk.months.includes(m)) }))
      .filter((gap) => gap.months.length > 0),
  };
}
