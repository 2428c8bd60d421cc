/** Reading a list row's cells: each by its column position, as shown. */
import { textUpTo } from './dom-text';

const CELL_TEXT = 300;
const MAX_POSITIONS = 500;

/** The cells of a row, in order (children: table rows hold only cells, and `cells` is slow in some DOMs). */
export const cellsOf = (row: Element): HTMLCollection => row.children;

/** How many columns a cell spans. */
export const spanOf = (cell: Element): number =>
  cell.localName === 'td' || cell.localName === 'th'
    ? Math.max(1, Math.min((cell as HTMLTableCellElement).colSpan || 1, 100))
    : Math.max(1, Math.min(Number(cell.getAttribute('aria-colspan')) || 1, 100));

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
