import { codeOfCell } from './code';
import { parseVietnameseDate, parseVietnameseDates } from './dates';
import { classifyKind } from './kind';
import { cellsOf, cellText, labelled, positioned, spansWholeRow } from './list-cells';
import { type Column, type Columns, detectColumns, type ListField } from './list-columns';
import { findGrids, type Grid, gridOf, holdsList, procedureTitle } from './list-grid';
import { memoise } from './memo';
import { sentenceCase } from './procedure-name';
import { mapStatus } from './status';
import { cleanValue } from './text';
import type { DossierSummary, ListRow } from './types';
import { hiddenByMarkup } from './visibility';

// Far above any real list (20,000 rows read whole), so only a hostile page is cut. Work stays linear in the page:
// each cell read is one walk with a node budget, and column detection samples a fixed number of rows.
const MAX_ROWS = 100_000;
const SERIAL = /^\d{1,12}$/;

// A list repeats a handful of procedure names and statuses on every row: each is cleaned (NFC, spacing) once.
const cleanCell = memoise((text: string) => cleanValue(text), 2_000);

/** A text field's value: the whole cell, or its line when the header names several parts. */
function textOf(cell: Element, column: Column): string {
  const raw = cellText(cell);
  const own = column.inCell ? labelled(raw, column.inCell) : undefined;
  if (own !== undefined) return cleanCell(own);
  const part = column.part;
  if (!part) return cleanCell(raw);
  const lines = raw
    .split('\n')
    .map((line) => cleanValue(line))
    .filter(Boolean);
  if (lines.length === part.count) return lines[part.index] ?? '';
  return part.index === 0 ? cleanValue(raw) : '';
}

/** A date field's value: by its label inside the cell, by its place among the header's dates, or the cell's date. */
function dateOf(cell: Element, column: Column, field: ListField): string | undefined {
  const raw = cellText(cell);
  const own = labelled(raw, field);
  if (own !== undefined) return parseVietnameseDate(own);
  const part = column.part;
  if (part?.dateIndex !== undefined && (part.dateCount ?? 0) > 1) {
    const dates = parseVietnameseDates(raw);
    // Fewer dates than the header names: which one is missing is unknown, so none is guessed.
    return dates.length === part.dateCount ? dates[part.dateIndex] : undefined;
  }
  return parseVietnameseDate(raw);
}

/** The cells of a row by position: the row's own cells when it has the usual count, else laid out by spans. */
type Cells = ArrayLike<Element>;

function readRow(row: Element, columns: Columns, title: string | undefined): DossierSummary | undefined {
  const {
    code: codeColumn,
    procedureName: procedure,
    applicantName,
    receivedAt,
    dueAt,
    completedAt,
    status,
  } = columns.fields;
  if (!codeColumn) return undefined;
  const own = cellsOf(row);
  const cells: Cells = own.length === columns.cellCount ? own : positioned(row);
  const codeCell = cells[codeColumn.position];
  if (!codeCell) return undefined;
  const codeText = cleanValue(cellText(codeCell));
  const code = codeColumn.serial && SERIAL.test(codeText) ? codeText : codeOfCell(codeText, codeColumn.labelled);
  // A cell holding another list: its codes are that list's rows, not one dossier's.
  if (!code || holdsList(codeCell)) return undefined;
  const text = (column: Column | undefined) => {
    const cell = column && cells[column.position];
    return cell ? textOf(cell, column) : '';
  };
  const date = (column: Column | undefined, field: ListField) => {
    const cell = column && cells[column.position];
    return cell ? dateOf(cell, column, field) : undefined;
  };
  const statusCell = status && cells[status.position];
  const statusRaw = statusCell ? cellText(statusCell) : '';
  const statusText = cleanCell(labelled(statusRaw, 'status') ?? statusRaw);
  const procedureName = procedure ? sentenceCase(text(procedure)) : (title ?? '');
  const received = date(receivedAt, 'receivedAt');
  const due = date(dueAt, 'dueAt');
  // Without a status column, a row whose result was handed over ("Ngày trả thực tế") is finished.
  const returned = !statusText && date(completedAt, 'completedAt') !== undefined;
  return {
    code,
    procedureName,
    kind: classifyKind(procedureName),
    status: statusText ? mapStatus(statusText) : returned ? 'returned' : 'unknown',
    statusText,
    applicantName: text(applicantName),
    ...(received && { receivedAt: received }),
    ...(due && { dueAt: due }),
  };
}

/**
 * The dossier rows of one grid, read with `columns` (detected from the grid when not given); rows that name no
 * procedure take the one the grid's title names.
 */
export function readGrid(grid: Grid, columns = detectColumns(grid.headerRows, grid.bodyRows), limit = MAX_ROWS) {
  const rows: ListRow[] = [];
  if (!columns?.fields.code) return rows;
  const title = columns.fields.procedureName ? undefined : procedureTitle(grid.container);
  const procedure = title && sentenceCase(title);
  const body = grid.bodyRows;
  for (let i = columns.bodyStart; i < body.length && rows.length < limit; i += 1) {
    const row = body[i] as Element;
    // Padding rows (&nbsp; to the page size), group and pager rows hold no code and are passed over; a row of one
    // spanning cell may repeat its dossier's code (an expanded detail row) and is no dossier of its own.
    if (hiddenByMarkup(row) || spansWholeRow(row)) continue;
    const summary = readRow(row, columns, procedure);
    if (summary) rows.push({ row, summary });
  }
  return rows;
}

/**
 * Reads a dossier list (a table, a Material flex table, an ARIA grid) whose header names its columns ("Mã hồ sơ",
 * "Tên thủ tục", "Ngày hẹn trả"…) in any order; the body's content confirms each column. Rows without a dossier
 * code are skipped (padding, group headers, pagers, empty-state rows).
 */
export const readList = (container: Element): ListRow[] => readGrid(gridOf(container));

/** Two grids of one widget: a header table right before its body table (jqGrid, Kendo, DevExtreme). */
function sameWidget(header: Element, body: Element): boolean {
  let el: Element | null = header;
  for (let depth = 0; el && depth < 6; depth += 1, el = el.parentElement) if (el.contains(body)) return true;
  return false;
}

/**
 * Every dossier list shown under `root`, in page order: the page's own lists and lists in dialogs over it. A body
 * table whose header sits in a table of its own just before it is read with that header.
 */
export function readLists(root: Element): ListRow[] {
  const rows: ListRow[] = [];
  const grids = findGrids(root);
  grids.forEach((grid, i) => {
    let columns = detectColumns(grid.headerRows, grid.bodyRows);
    const previous = grids[i - 1];
    if (!columns && grid.headerRows.length === 0 && previous && previous.bodyRows.length === 0) {
      if (sameWidget(previous.container, grid.container)) columns = detectColumns(previous.headerRows, grid.bodyRows);
    }
    if (!columns) return;
    for (const row of readGrid(grid, columns, MAX_ROWS - rows.length)) rows.push(row);
  });
  return rows;
}
