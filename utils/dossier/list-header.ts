/** What a list's header names: each dossier field at its column position. */
import { textUpTo } from './dom-text';
import { FALLBACK_KEYS, labelOf } from './labels';
import { cellsOf, spanOf } from './list-cells';
import { cleanValue, normaliseLabel } from './text';

/** The fields a list row gives. */
export type ListField = 'code' | 'procedureName' | 'applicantName' | 'receivedAt' | 'dueAt' | 'completedAt' | 'status';
export const LIST_FIELD_NAMES: readonly ListField[] = [
  'code',
  'procedureName',
  'applicantName',
  'receivedAt',
  'dueAt',
  'completedAt',
  'status',
];
const LIST_FIELDS = new Set<string>(LIST_FIELD_NAMES);
export const isListField = (field: string): field is ListField => LIST_FIELDS.has(field);
export const DATE_FIELDS = new Set<ListField>(['receivedAt', 'dueAt', 'completedAt']);
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

/** A field a header names, where. */
export interface Named {
  field: ListField;
  position: number;
  span: number;
  fallback: boolean;
  part?: Part;
}

const MAX_HEADER_ROWS = 5;

/** What a header cell's text names: one field, or several parts of which some are fields. */
function meaning(text: string): Array<Omit<Named, 'position' | 'span'>> {
  const whole = labelOf(text);
  if (whole && LIST_FIELDS.has(whole.field)) {
    return [{ field: whole.field as ListField, fallback: FALLBACK_KEYS.has(whole.key) }];
  }
  const parts = text.split(PART_SEPARATORS).filter((p) => p.trim());
  if (parts.length < 2 || parts.length > 4) return [];
  const named = parts.map((part) => labelOf(part));
  const dated = named.map(
    (n, i) =>
      (n !== undefined && DATE_FIELDS.has(n.field as ListField)) || DATE_WORDS.test(normaliseLabel(parts[i] ?? '')),
  );
  const dateCount = dated.filter(Boolean).length;
  return named.flatMap((n, index) => {
    if (!n || !LIST_FIELDS.has(n.field)) return [];
    const part: Part = { index, count: parts.length };
    if (dated[index]) Object.assign(part, { dateIndex: dated.slice(0, index).filter(Boolean).length, dateCount });
    return [{ field: n.field as ListField, fallback: FALLBACK_KEYS.has(n.key), part }];
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

/** The header rows that name columns: the marked ones, or a first body row written as a header. */
export function headerOf(
  headerRows: readonly Element[],
  bodyRows: readonly Element[],
): { named: Named[]; bodyStart: number } {
  const named = namedColumns(headerRows);
  if (named.length > 0) return { named, bodyStart: 0 };
  for (let i = 0; i < Math.min(3, bodyRows.length); i += 1) {
    const row = bodyRows[i] as Element;
    const inRow = namedColumns([row]);
    if (inRow.length >= 2) return { named: inRow, bodyStart: i + 1 };
  }
  return { named: [], bodyStart: 0 };
}
