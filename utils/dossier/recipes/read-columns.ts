import { textUpTo } from '../dom-text';
import type { DossierSummary, ListRow } from '../types';
import { acceptsValue, labelKey, selectAll, shownText } from './find';
import { taughtValues } from './taught-values';
import { type ColumnLocator, RECIPE_FIELDS, type Recipe, type RecipeField } from './types';

/** The row, table and header cell shapes of HTML tables, ARIA grids and Angular Material tables. */
export const ROW = 'tr, [role="row"], mat-row';
export const TABLE = 'table, [role="table"], [role="grid"], mat-table';
const HEADER_CELL = 'th, [role="columnheader"], mat-header-cell, thead > tr > td';
const MAX_ROWS = 5_000;
const MAX_HEADER_TEXT = 120;

/** Each table's header keys → column index, worked out once per read. */
export type HeaderIndex = Map<Element, Map<string, number>>;

function headerColumns(table: Element, cache: HeaderIndex): Map<string, number> {
  let columns = cache.get(table);
  if (columns) return columns;
  columns = new Map();
  for (const cell of table.querySelectorAll(HEADER_CELL)) {
    if (cell.closest(TABLE) !== table || !cell.parentElement) continue;
    const key = labelKey(textUpTo(cell, MAX_HEADER_TEXT));
    const index = Array.prototype.indexOf.call(cell.parentElement.children, cell);
    if (key && !columns.has(key)) columns.set(key, index);
  }
  cache.set(table, columns);
  return columns;
}

/** The cell of a column in one row: under its header's index, else where the selector finds it in the row. */
export function cellOf(row: Element, locator: ColumnLocator, cache: HeaderIndex = new Map()): Element | undefined {
  if (locator.header) {
    const table = row.closest(TABLE);
    const index = table ? headerColumns(table, cache).get(labelKey(locator.header)) : undefined;
    const cell = index === undefined ? undefined : row.children[index];
    if (cell) return cell;
  }
  if (locator.selector) {
    const cell = selectAll(row, locator.selector).find((el) => el.closest(ROW) === row);
    if (cell) return cell;
  }
  return undefined;
}

const isHeaderRow = (row: Element) => row.parentElement?.localName === 'thead' || row.querySelector(HEADER_CELL);

/** The body rows of the table a header cell heads. */
function rowsUnder(header: Element): Element[] {
  const table = header.closest(TABLE);
  if (!table) return [];
  return selectAll(table, ROW).filter((row) => row.closest(TABLE) === table && !isHeaderRow(row));
}

/**
 * The rows a column runs through: those of the table its header heads, or those holding a cell its selector finds.
 * Rows come in page order, each once.
 */
export function rowsOfColumn(doc: Document, locator: ColumnLocator): Element[] {
  const rows = new Set<Element>();
  if (locator.header) {
    const key = labelKey(locator.header);
    for (const cell of selectAll(doc, HEADER_CELL)) {
      if (labelKey(textUpTo(cell, MAX_HEADER_TEXT)) !== key) continue;
      for (const row of rowsUnder(cell)) rows.add(row);
      if (rows.size > 0) break;
    }
  }
  if (rows.size === 0 && locator.selector) {
    for (const cell of selectAll(doc, locator.selector)) {
      const row = cell.closest(ROW);
      if (row && !isHeaderRow(row)) rows.add(row);
    }
  }
  return Array.from(rows).slice(0, MAX_ROWS);
}

/** A column's value in a row, if it is a value of that field. */
function readCell(row: Element, field: RecipeField, locator: ColumnLocator, cache: HeaderIndex): string | undefined {
  const cell = cellOf(row, locator, cache);
  const text = cell && shownText(cell);
  return acceptsValue(field, text) ? text : undefined;
}

const EMPTY_SUMMARY: DossierSummary = {
  code: '',
  procedureName: '',
  kind: 'other',
  status: 'unknown',
  statusText: '',
  applicantName: '',
};

export interface TaughtList {
  /** The rows read with the taught columns; null when the recipe found no rows (the built-in rows stand). */
  rows: ListRow[] | null;
  /** Taught columns that read no value in any row. */
  stale: RecipeField[];
}

/**
 * A list page read with its host's taught columns. The code column finds the rows (without one, the built-in
 * reader's rows are used); each taught column then reads its cell in every row, over what the built-in reader read.
 */
export function readTaughtList(doc: Document, recipe: Recipe, builtIn: readonly ListRow[]): TaughtList {
  const taught = RECIPE_FIELDS.filter((f) => recipe.columns[f]);
  if (taught.length === 0) return { rows: null, stale: [] };
  const cache: HeaderIndex = new Map();
  const byRow = new Map(builtIn.map((r) => [r.row, r.summary]));
  const code = recipe.columns.code;
  const elements = code ? rowsOfColumn(doc, code) : builtIn.map((r) => r.row);
  const seen = new Set<RecipeField>();
  const rows: ListRow[] = [];
  for (const row of elements) {
    const found: Partial<Record<RecipeField, string>> = {};
    for (const field of taught) {
      const value = readCell(row, field, recipe.columns[field] as ColumnLocator, cache);
      if (value === undefined) continue;
      found[field] = value;
      seen.add(field);
    }
    // Group headers, pagers and padding rows have no code: they are not dossiers.
    if (code && !found.code) continue;
    rows.push({ row, summary: { ...(byRow.get(row) ?? EMPTY_SUMMARY), ...taughtValues(found) } });
  }
  // A column can only be missed in rows there are: without rows, only a taught code column is known to miss.
  const stale = rows.length > 0 ? taught.filter((f) => !seen.has(f)) : code ? ['code' as const] : [];
  return { rows: rows.length > 0 ? rows : null, stale };
}
