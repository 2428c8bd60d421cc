/** Reading a list row's cells: each by its column position, as shown. */
import { textUpTo } from './dom-text';
import { type LabelField, labelOf } from './labels';

const CELL_TEXT = 300;
const MAX_POSITIONS = 500;

/** The cells of a row, in order (children: table rows hold only cells, and `cells` is slow in some DOMs). */
export const cellsOf = (row: Element): HTMLCollection => row.children;

/** How many columns a cell spans. */
export const spanOf = (cell: Element): number =>
  cell.localName === 'td' || cell.localName === 'th'
    ? Math.max(1, Math.min((cell as HTMLTableCellElement).colSpan || 1, 100))
    : Math.max(1, Math.min(Number(cell.getAttribute('aria-colspan')) || 1, 100));

/**
 * A row of one cell spanning several columns: a group heading ("Thủ tục: Đăng ký khai sinh"), an expanded row's
 * details under its dossier, padding or an empty-state line; never a dossier row of its own.
 */
export function spansWholeRow(row: Element): boolean {
  const cells = cellsOf(row);
  return cells.length === 1 && spanOf(cells[0] as Element) > 1;
}

/** Each cell of a row by its column position, spans counted. */
export function positioned(row: Element): Element[] {
  const out: Element[] = [];
  for (const cell of Array.from(cellsOf(row))) {
    const span = spanOf(cell);
    for (let i = 0; i < span && out.length < MAX_POSITIONS; i += 1) out.push(cell);
  }
  return out;
}

/** A cell's shown text, one line per block or line break. */
export function cellText(cell: Element): string {
  if (cell.firstElementChild === null) return (cell.textContent ?? '').slice(0, CELL_TEXT * 2);
  return textUpTo(cell, CELL_TEXT * 2);
}

// "Label:" inside a cell ("Ngày nộp: 25/11/2026 <br> Hẹn trả: 30/11/2026"): letters before a colon, never digits
// (times have colons too).
const INLINE_LABEL = /([^\d\n:：]{2,40}?)\s*[:：]/g;
const HAS_INLINE_LABEL = /[^\d\s][:：]/;

/**
 * The label ending a run of text: the whole run, or its last few words when the run also holds the previous
 * value ("Đăng ký khai tử Người nộp" on one line before ": Lê Văn Tám").
 */
function labelEnding(run: string): { field: LabelField; offset: number } | undefined {
  const whole = labelOf(run);
  if (whole) return { field: whole.field, offset: 0 };
  const words = run.trimEnd().split(/(?<=\s)(?=\S)/);
  for (let n = Math.min(words.length - 1, 6); n >= 1; n -= 1) {
    const tail = words.slice(-n).join('');
    const named = labelOf(tail);
    if (named) return { field: named.field, offset: run.trimEnd().length - tail.length };
  }
  return undefined;
}

/** The fields a cell labels inside itself, each with where its value starts and ends. */
export function inlineFields(text: string): Array<{ field: LabelField; start: number; end: number }> {
  if (!HAS_INLINE_LABEL.test(text)) return [];
  const marks = Array.from(text.matchAll(INLINE_LABEL)).flatMap((m) => {
    const named = labelEnding(m[1] ?? '');
    const at = m.index ?? 0;
    return named ? [{ field: named.field, at: at + named.offset, start: at + m[0].length }] : [];
  });
  return marks.map((m, i) => ({ field: m.field, start: m.start, end: marks[i + 1]?.at ?? text.length }));
}

/** The part of a cell a label inside it gives `field`, or undefined when the cell labels no such part. */
export function labelled(text: string, field: LabelField): string | undefined {
  const mark = inlineFields(text).find((m) => m.field === field);
  return mark && text.slice(mark.start, mark.end);
}
