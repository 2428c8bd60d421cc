import { codeIn, codeOfCell } from './code';
import { parseVietnameseDate } from './dates';
import { textUpTo } from './dom-text';
import { FALLBACK_KEYS, LABEL_INDEX } from './labels';
import { cellsOf, spanOf } from './list-grid';
import { mapStatus } from './status';
import { cleanValue, normaliseLabel } from './text';

/** The fields a list row gives. */
export type ListField = 'code' | 'procedureName' | 'applicantName' | 'receivedAt' | 'dueAt' | 'completedAt' | 'status';
const LIST_FIELDS = new Set<string>([
  'code',
  'procedureName',
  'applicantName',
  'receivedAt',
  'dueAt',
  'completedAt',
  'status',
]);
const DATE_FIELDS = new Set<ListField>(['receivedAt', 'dueAt', 'completedAt']);
// A header part that names a date even when it is no field of ours ("Ngày gửi"): it counts when dates are matched.
const DATE_WORDS = /^(?:ngay|thoi gian|thoi diem|han|hen)\b/;
const PART_SEPARATORS = /\s*(?:\/|\||\n|;|\s-\s)\s*/;

/** Where a field sits in a header cell that names several ("Ngày nhận / Hạn trả", "Thủ tục <br> Người nộp"). */
export interface Part {
  index: number;
  count: number;
  /** Among the parts that name dates: a cell with exactly `dateCount` dates gives this one its `dateIndex`-th. */
  dateIndex?: number;
  dateCount?: number;
}

export interface Column {
  position: number;
  /** The header names the column (a code column found by its content alone takes known shapes only). */
  labelled: boolean;
  part?: Part;
}

export interface Columns {
  fields: Partial<Record<ListField, Column>>;
  /** The usual number of cells in a body row: a row with another count is laid out again by its spans. */
  cellCount: number;
  /** Rows before this index were read as the header (a header written in the first body row). */
  bodyStart: number;
}

interface Named {
  field: ListField;
  position: number;
  span: number;
  fallback: boolean;
  part?: Part;
}

const MAX_HEADER_ROWS = 5;
const MAX_SHIFT = 3;
const SHIFTS = [0, 1, -1, 2, -2, 3, -3];
const SAMPLE_ROWS = 40;
const CELL_TEXT = 300;

/** A cell's shown text, one line per block or line break. */
export function cellText(cell: Element): string {
  if (cell.firstElementChild === null) return (cell.textContent ?? '').slice(0, CELL_TEXT * 2);
  return textUpTo(cell, CELL_TEXT * 2);
}

/** Each cell of a row by its column position, spans counted. */
export function positioned(row: Element): Element[] {
  const out: Element[] = [];
  for (const cell of Array.from(cellsOf(row))) {
    const span = spanOf(cell);
    for (let i = 0; i < span && out.length < 500; i += 1) out.push(cell);
  }
  return out;
}

/** What a header cell's text names: one field, or several parts of which some are fields. */
function meaning(text: string): Array<Omit<Named, 'position' | 'span'>> {
  const key = normaliseLabel(text);
  const field = LABEL_INDEX.get(key);
  if (field && LIST_FIELDS.has(field)) return [{ field: field as ListField, fallback: FALLBACK_KEYS.has(key) }];
  const parts = text.split(PART_SEPARATORS).filter((p) => p.trim());
  if (parts.length < 2 || parts.length > 4) return [];
  const keys = parts.map(normaliseLabel);
  const dated = keys.map((k) => {
    const f = LABEL_INDEX.get(k);
    return (f !== undefined && DATE_FIELDS.has(f as ListField)) || DATE_WORDS.test(k);
  });
  const dateCount = dated.filter(Boolean).length;
  return keys.flatMap((k, index) => {
    const f = LABEL_INDEX.get(k);
    if (!f || !LIST_FIELDS.has(f)) return [];
    const part: Part = { index, count: parts.length };
    if (dated[index]) Object.assign(part, { dateIndex: dated.slice(0, index).filter(Boolean).length, dateCount });
    return [{ field: f as ListField, fallback: FALLBACK_KEYS.has(k), part }];
  });
}

/** The fields header rows name, each at its column position (row and column spans laid out). */
function namedColumns(rows: readonly Element[]): Named[] {
  const named: Named[] = [];
  const taken: Array<Set<number>> = [];
  rows.slice(0, MAX_HEADER_ROWS).forEach((row, r) => {
    let position = 0;
    for (const cell of Array.from(cellsOf(row))) {
      while (taken[r]?.has(position)) position += 1;
      const span = spanOf(cell);
      const rowSpan = Math.min(Number(cell.getAttribute('rowspan')) || 1, MAX_HEADER_ROWS);
      for (let k = 1; k < rowSpan; k += 1) {
        taken[r + k] ??= new Set();
        for (let c = 0; c < span; c += 1) taken[r + k]?.add(position + c);
      }
      for (const m of meaning(cleanValue(textUpTo(cell, 120), 240).replace(/ ?\n ?/g, '\n'))) {
        named.push({ ...m, position, span });
      }
      position += span;
    }
  });
  // One column per field: a plain label before a fallback one ("Ngày hẹn trả" before "Hạn xử lý"), then the first.
  const best = new Map<ListField, Named>();
  for (const n of named) {
    const seen = best.get(n.field);
    if (!seen || (seen.fallback && !n.fallback)) best.set(n.field, n);
  }
  return Array.from(best.values());
}

/** What the sampled body cells at each position hold. */
interface Stats {
  filled: number;
  shaped: number;
  token: number;
  date: number;
  status: number;
}

function sample(rows: readonly Element[]): { stats: Stats[]; cellCount: number } {
  const stats: Stats[] = [];
  const counts = new Map<number, number>();
  let sampled = 0;
  for (const row of rows) {
    if (sampled >= SAMPLE_ROWS) break;
    const cells = positioned(row);
    const texts = cells.map((cell, i) => (cells[i - 1] === cell ? '' : cleanValue(cellText(cell), CELL_TEXT)));
    if (!texts.some(Boolean)) continue;
    sampled += 1;
    const length = cellsOf(row).length;
    counts.set(length, (counts.get(length) ?? 0) + 1);
    texts.forEach((text, i) => {
      const s = stats[i] ?? { filled: 0, shaped: 0, token: 0, date: 0, status: 0 };
      stats[i] = s;
      if (!text) return;
      s.filled += 1;
      if (codeIn(text)) s.shaped += 1;
      if (codeOfCell(text, true)) s.token += 1;
      if (parseVietnameseDate(text)) s.date += 1;
      if (text.length <= 60 && mapStatus(text) !== 'unknown') s.status += 1;
    });
  }
  const cellCount = Array.from(counts).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  return { stats, cellCount };
}

const rate = (s: Stats | undefined, kind: Exclude<keyof Stats, 'filled'>): number =>
  s && s.filled > 0 ? s[kind] / s.filled : 0;

/** A column of codes: known shapes in most cells, or, under a code header, code-like tokens in nearly all. */
const holdsCodes = (s: Stats | undefined, labelled: boolean): boolean =>
  rate(s, 'shaped') >= 0.5 || (labelled && rate(s, 'token') >= 0.8);

/** The body position of a named column moved by `shift`, its spanned positions tried for the best content. */
function place(n: Named, shift: number, stats: Stats[], fits: (s: Stats | undefined) => number): number {
  let best = n.position + shift;
  for (let c = 1; c < n.span; c += 1) {
    if (fits(stats[n.position + shift + c]) > fits(stats[best])) best = n.position + shift + c;
  }
  return best;
}

const kindOf = (field: ListField) =>
  field === 'code'
    ? (s: Stats | undefined) => rate(s, 'shaped') + rate(s, 'token') / 2
    : DATE_FIELDS.has(field)
      ? (s: Stats | undefined) => rate(s, 'date')
      : field === 'status'
        ? (s: Stats | undefined) => rate(s, 'status')
        : (s: Stats | undefined) => 1 - rate(s, 'date') - rate(s, 'shaped');

/**
 * How well the header fits the body when moved by `shift` columns: undefined when its code column would not hold
 * codes; otherwise one point per date or status column whose cells look the part.
 */
function headerFit(named: readonly Named[], shift: number, stats: Stats[]): number | undefined {
  let score = 0;
  for (const n of named) {
    const at = place(n, shift, stats, kindOf(n.field));
    if (n.field === 'code') {
      if (!holdsCodes(stats[at], true)) return undefined;
    } else if (DATE_FIELDS.has(n.field) && !n.part) {
      if (rate(stats[at], 'date') >= 0.5) score += 1;
    } else if (n.field === 'status' && rate(stats[at], 'status') >= 0.5) score += 1;
  }
  return score;
}

/** The header rows that name columns: the marked ones, or a first body row written as a header. */
function headerOf(headerRows: readonly Element[], bodyRows: readonly Element[]): { named: Named[]; bodyStart: number } {
  const named = namedColumns(headerRows);
  if (named.length > 0) return { named, bodyStart: 0 };
  for (let i = 0; i < Math.min(3, bodyRows.length); i += 1) {
    const row = bodyRows[i] as Element;
    const inRow = namedColumns([row]);
    if (inRow.length >= 2) return { named: inRow, bodyStart: i + 1 };
  }
  return { named: [], bodyStart: 0 };
}

/**
 * Finds a list's columns: the header names them, the body's content confirms them. A real deployed system has body
 * rows with an extra checkbox or index cell the header lacks: the header is moved until its code column holds codes
 * and most of its date columns hold dates. A code column the header does not name is found by its codes; a status
 * column, by its statuses. Undefined when the grid is no dossier list (no code column, or no header naming any
 * dossier field).
 */
export function detectColumns(headerRows: readonly Element[], bodyRows: readonly Element[]): Columns | undefined {
  const { named, bodyStart } = headerOf(headerRows, bodyRows);
  if (named.length === 0) return undefined;
  const { stats, cellCount } = sample(bodyStart ? bodyRows.slice(bodyStart) : bodyRows);
  const headerCode = named.find((n) => n.field === 'code');

  let shift: number | undefined;
  let bestScore = -1;
  if (headerCode) {
    for (const s of SHIFTS) {
      const score = headerFit(named, s, stats);
      if (score !== undefined && score > bestScore) [shift, bestScore] = [s, score];
    }
  }
  const fields: Partial<Record<ListField, Column>> = {};
  if (shift === undefined) {
    // No header code column fits: the column of known code shapes, if any, and the header as it stands.
    const byContent = stats.findIndex((s) => rate(s, 'shaped') >= 0.6);
    if (byContent < 0) return undefined;
    fields.code = { position: byContent, labelled: false };
    const moved = headerCode ? byContent - headerCode.position : 0;
    shift = Math.abs(moved) <= MAX_SHIFT ? moved : 0;
  }
  for (const n of named) {
    if (fields[n.field]) continue;
    const position = place(n, shift, stats, kindOf(n.field));
    const s = stats[position];
    // A column that turned out to hold something else is left out rather than misread.
    if (n.field === 'code') fields.code = { position, labelled: true };
    else if (DATE_FIELDS.has(n.field)) {
      if (!s || s.filled === 0 || rate(s, 'date') >= 0.5 || n.part)
        fields[n.field] = { position, labelled: true, part: n.part };
    } else if (rate(s, 'shaped') < 0.5 && (n.part || rate(s, 'date') < 0.5)) {
      fields[n.field] = { position, labelled: true, part: n.part };
    }
  }
  if (!fields.status || rate(stats[fields.status.position], 'status') < 0.3) {
    const taken = new Set(Object.values(fields).map((c) => c.position));
    const byContent = stats.findIndex((s, i) => !taken.has(i) && rate(s, 'status') >= 0.6);
    if (byContent >= 0) fields.status = { position: byContent, labelled: false };
  }
  return { fields, cellCount, bodyStart };
}
