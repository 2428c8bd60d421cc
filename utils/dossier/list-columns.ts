import { codeIn, codeOfCell } from './code';
import { parseVietnameseDate } from './dates';
import { cellsOf, cellText, inlineFields, positioned, spansWholeRow } from './list-cells';
import {
  DATE_FIELDS,
  headerOf,
  isListField,
  LIST_FIELD_NAMES,
  type ListField,
  type Named,
  type Part,
} from './list-header';
import { mapStatus } from './status';
import { cleanValue } from './text';

export type { ListField } from './list-header';

export interface Column {
  position: number;
  /** The header names the column (a code column found by its content alone takes known shapes only). */
  labelled: boolean;
  part?: Part;
  /** The field's value is labelled inside the cell ("Hẹn trả: 30/11/2026") under a header that names nothing. */
  inCell?: ListField;
  /** A code column of bare receipt serials ("Số HS": 101, 102…), taken only because its header names codes. */
  serial?: boolean;
}

export interface Columns {
  fields: Partial<Record<ListField, Column>>;
  /** The usual number of cells in a body row: a row with another count is laid out again by its spans. */
  cellCount: number;
  /** Rows before this index were read as the header (a header written in the first body row). */
  bodyStart: number;
}

const MAX_SHIFT = 3;
const SERIAL = /^\d{1,12}$/;
const SHIFTS = [0, 1, -1, 2, -2, 3, -3];
const SAMPLE_ROWS = 40;
const SAMPLED_TEXT = 300;

/** What the sampled body cells at each position hold. */
interface Stats {
  filled: number;
  shaped: number;
  token: number;
  /** Bare numbers: an index, or an older system's receipt serials. */
  serial: number;
  date: number;
  status: number;
  /** How many cells label each field inside themselves. */
  inCell: Map<ListField, number>;
}

function sample(rows: readonly Element[]): { stats: Stats[]; cellCount: number } {
  const stats: Stats[] = [];
  const counts = new Map<number, number>();
  let sampled = 0;
  for (const row of rows) {
    if (sampled >= SAMPLE_ROWS) break;
    // A group heading's "Thủ tục: …" says nothing of the column it starts in.
    if (spansWholeRow(row)) continue;
    const cells = positioned(row);
    const raws = cells.map((cell, i) => (cells[i - 1] === cell ? '' : cellText(cell)));
    const texts = raws.map((raw) => cleanValue(raw, SAMPLED_TEXT));
    if (!texts.some(Boolean)) continue;
    sampled += 1;
    const length = cellsOf(row).length;
    counts.set(length, (counts.get(length) ?? 0) + 1);
    texts.forEach((text, i) => {
      const s = stats[i] ?? { filled: 0, shaped: 0, token: 0, serial: 0, date: 0, status: 0, inCell: new Map() };
      stats[i] = s;
      if (!text) return;
      s.filled += 1;
      for (const { field } of inlineFields(raws[i] ?? '')) {
        if (isListField(field)) s.inCell.set(field, (s.inCell.get(field) ?? 0) + 1);
      }
      if (codeIn(text)) s.shaped += 1;
      if (codeOfCell(text, true)) s.token += 1;
      if (SERIAL.test(text)) s.serial += 1;
      if (parseVietnameseDate(text)) s.date += 1;
      if (text.length <= 60 && mapStatus(text) !== 'unknown') s.status += 1;
    });
  }
  const cellCount = Array.from(counts).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  return { stats, cellCount };
}

const rate = (s: Stats | undefined, kind: Exclude<keyof Stats, 'filled' | 'inCell'>): number =>
  s && s.filled > 0 ? s[kind] / s.filled : 0;

/** The column whose cells mostly label `field` inside themselves, if any. */
const labelledInCells = (stats: Stats[], field: ListField): number =>
  stats.findIndex((s) => s && s.filled > 0 && (s.inCell.get(field) ?? 0) / s.filled >= 0.5);

/**
 * A column of codes: known shapes in most cells, or, under a code header, code-like tokens in nearly all; bare
 * serials only when asked (`serials`), once no column of real codes fits the header.
 */
const holdsCodes = (s: Stats | undefined, labelled: boolean, serials = false): boolean =>
  rate(s, 'shaped') >= 0.5 || (labelled && (rate(s, 'token') >= 0.8 || (serials && rate(s, 'serial') >= 0.9)));

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
function headerFit(named: readonly Named[], shift: number, stats: Stats[], serials: boolean): number | undefined {
  let score = 0;
  for (const n of named) {
    const at = place(n, shift, stats, kindOf(n.field));
    if (n.field === 'code') {
      if (!holdsCodes(stats[at], true, serials)) return undefined;
    } else if (DATE_FIELDS.has(n.field) && !n.part) {
      if (rate(stats[at], 'date') >= 0.5) score += 1;
    } else if (n.field === 'status' && rate(stats[at], 'status') >= 0.5) score += 1;
  }
  return score;
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
  if (named.length === 0 && headerRows.length === 0) return undefined;
  const { stats, cellCount } = sample(bodyStart ? bodyRows.slice(bodyStart) : bodyRows);
  // A header that names nothing is still a dossier list's when its cells label dossier fields.
  if (named.length === 0 && !LIST_FIELD_NAMES.some((f) => labelledInCells(stats, f) >= 0)) return undefined;
  const headerCode = named.find((n) => n.field === 'code');

  let shift: number | undefined;
  let bestScore = -1;
  // Real codes first; an older system's receipt serials under its code header only when no column holds codes, and
  // only in a grid with dates: a statistics table counts dossiers under "Số hồ sơ" too.
  let serials = false;
  const datedRows = stats.some((s) => rate(s, 'date') >= 0.5);
  for (const withSerials of headerCode ? (datedRows ? [false, true] : [false]) : []) {
    for (const s of SHIFTS) {
      const score = headerFit(named, s, stats, withSerials);
      if (score !== undefined && score > bestScore) [shift, bestScore, serials] = [s, score, withSerials];
    }
    if (shift !== undefined) break;
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
    if (n.field === 'code') fields.code = { position, labelled: true, ...(serials && { serial: true }) };
    else if (DATE_FIELDS.has(n.field)) {
      if (!s || s.filled === 0 || rate(s, 'date') >= 0.5 || n.part)
        fields[n.field] = { position, labelled: true, part: n.part };
    } else if (rate(s, 'shaped') < 0.5 && (n.part || rate(s, 'date') < 0.5)) {
      fields[n.field] = { position, labelled: true, part: n.part };
    }
  }
  for (const field of LIST_FIELD_NAMES) {
    if (fields[field] || field === 'code') continue;
    const position = labelledInCells(stats, field);
    if (position >= 0) fields[field] = { position, labelled: true, inCell: field };
  }
  if (!fields.status || rate(stats[fields.status.position], 'status') < 0.3) {
    const taken = new Set(Object.values(fields).map((c) => c.position));
    const byContent = stats.findIndex((s, i) => !taken.has(i) && rate(s, 'status') >= 0.6);
    if (byContent >= 0) fields.status = { position: byContent, labelled: false };
  }
  return { fields, cellCount, bodyStart };
}
