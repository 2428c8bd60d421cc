import { textUpTo } from './dom-text';
import { cellsOf } from './list-cells';
import { procedureOfTitle } from './procedure-name';
import { hiddenByMarkup, hiddenWithin } from './visibility';

/**
 * A list of rows, whatever builds it: a `<table>` (Bootstrap, Vuetify's v-data-table, Material's `table[mat-table]`),
 * Material's flex table (`mat-table` of `mat-row`s), or an ARIA grid of divs (`role=row`). Header rows are those the
 * markup marks (thead, `th`-only rows, `mat-header-row`, rows of `columnheader`s), in order; body rows follow.
 */
export interface Grid {
  container: Element;
  headerRows: Element[];
  bodyRows: Element[];
}

const CONTAINER_MATCH = 'table, mat-table, cdk-table, [role="table"], [role="grid"], [role="treegrid"]';
const FLEX_ROWS = '[role="row"], mat-row, mat-header-row, cdk-row, cdk-header-row';
const HEADER_ROW_TAGS = new Set(['mat-header-row', 'cdk-header-row']);
const FOOTER_ROW_TAGS = new Set(['mat-footer-row', 'cdk-footer-row']);
const HEADER_CELL_ROLES = new Set(['columnheader']);

// A page with more grids than this is not a one-stop page: the rest are not read.
const MAX_GRIDS = 200;

/** A row of column headers by its markup: only `th` or `columnheader` cells, or Material's header row. */
function isHeaderRow(row: Element): boolean {
  if (HEADER_ROW_TAGS.has(row.localName)) return true;
  const cells = cellsOf(row);
  if (cells.length === 0) return false;
  for (const cell of Array.from(cells)) {
    const role = cell.getAttribute('role');
    if (cell.localName !== 'th' && !(role && HEADER_CELL_ROLES.has(role)) && cell.localName !== 'mat-header-cell')
      return false;
  }
  return true;
}

/** Splits rows into leading header rows and the body. */
function split(container: Element, rows: Element[]): Grid {
  let start = 0;
  while (start < rows.length && start < 5 && isHeaderRow(rows[start] as Element)) start += 1;
  const headerRows = rows.slice(0, start);
  const bodyRows = rows.slice(start).filter((row) => !FOOTER_ROW_TAGS.has(row.localName));
  return { container, headerRows, bodyRows };
}

/** The rows of a table section, or of the table itself when script built it without one. */
function rowsIn(section: Element, into: Element[]): void {
  for (let row = section.firstElementChild; row; row = row.nextElementSibling) {
    if (row.localName === 'tr') into.push(row);
  }
}

function tableGrid(table: Element): Grid {
  const head: Element[] = [];
  const body: Element[] = [];
  for (let part = table.firstElementChild; part; part = part.nextElementSibling) {
    if (part.localName === 'thead') rowsIn(part, head);
    else if (part.localName === 'tbody') rowsIn(part, body);
  }
  // Rows straight under the table (XHTML pages or script-built tables) have no tbody.
  rowsIn(table, body);
  return head.length > 0 ? { container: table, headerRows: head, bodyRows: body } : split(table, body);
}

/** The grid a container holds: its own rows only (a table nested in a cell is a grid of its own). */
export function gridOf(container: Element): Grid {
  if (container.localName === 'table') return tableGrid(container);
  const rows = Array.from(container.querySelectorAll(FLEX_ROWS)).filter(
    (row) => row.parentElement?.closest(CONTAINER_MATCH) === container,
  );
  return split(container, rows);
}

const NESTED_LIST_TAGS = new Set(['table', 'mat-table', 'cdk-table']);

/**
 * A cell holding a list of its own (a layout table around the real list): looked for among a bounded number of
 * descendants, by a walk cheaper than a selector query in every DOM.
 */
export function holdsList(cell: Element, maxElements = 64): boolean {
  let node: Element | null = cell.firstElementChild;
  for (let seen = 0; node && seen < maxElements; seen += 1) {
    if (NESTED_LIST_TAGS.has(node.localName) || node.getAttribute('role') === 'row') return true;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && node !== cell && !node.nextElementSibling) node = node.parentElement;
    node = node && node !== cell ? node.nextElementSibling : null;
  }
  return false;
}

/**
 * Shown on screen: a closed dialog or a collapsed panel keeps its table in the DOM. Markup alone decides: asking the
 * browser would compute the style of the whole list (thousands of rows) on every read.
 */
const isShown = (el: Element): boolean => !hiddenWithin(el);

const GRID_ROLES = new Set(['table', 'grid', 'treegrid']);
const GRID_TAGS = new Set(['table', 'mat-table', 'cdk-table']);
// One query for containers and loose rows alike: some DOMs (jsdom) are slow at selector lists on big pages, and
// Chromium matches "has a role" faster than the roles wanted, even where every cell has one.
const CANDIDATES = 'table, mat-table, cdk-table, [role]';

/**
 * Every grid under `root` that is shown: marked containers in page order (lists in full-screen dialogs too), then
 * grids of divs whose rows (`role=row`) sit in no marked container, grouped by the element holding their row groups.
 */
export function findGrids(root: Element): Grid[] {
  const grids: Grid[] = [];
  const loose = new Map<Element, Element[]>();
  for (const el of Array.from(root.querySelectorAll(CANDIDATES))) {
    const role = el.getAttribute('role');
    if (GRID_TAGS.has(el.localName) || (role && GRID_ROLES.has(role))) {
      if (grids.length < MAX_GRIDS && isShown(el)) grids.push(gridOf(el));
      continue;
    }
    if (role !== 'row') continue;
    const parent = el.parentElement;
    if (!parent || parent.closest(CONTAINER_MATCH) || hiddenByMarkup(el)) continue;
    const holder = parent.closest('[role="rowgroup"]')?.parentElement ?? parent;
    const rows = loose.get(holder) ?? [];
    if (rows.length === 0) loose.set(holder, rows);
    rows.push(el);
  }
  for (const [holder, rows] of loose) {
    if (grids.length < MAX_GRIDS && isShown(holder)) grids.push(split(holder, rows));
  }
  return grids;
}

const TITLE_GAP = new Set(['br', 'hr']);
const MAX_TITLE_TEXT = 250;

/**
 * The procedure a grid's title names, when its rows name none: its caption, or the line right before it (an older
 * system's report prints one table per procedure under a bold title: "<b>Đăng ký khai sinh</b><br><table>"; a
 * list page's heading "DANH SÁCH HỒ SƠ ĐĂNG KÝ KHAI SINH").
 */
export function procedureTitle(container: Element): string | undefined {
  const caption = container.localName === 'table' ? container.querySelector(':scope > caption') : null;
  let title: Element | null = caption;
  if (!title) {
    title = container.previousElementSibling;
    for (let i = 0; title && TITLE_GAP.has(title.localName) && i < 4; i += 1) title = title.previousElementSibling;
  }
  const text = title ? textUpTo(title, MAX_TITLE_TEXT).trim() : '';
  return text && !text.includes('\n') ? procedureOfTitle(text) : undefined;
}
