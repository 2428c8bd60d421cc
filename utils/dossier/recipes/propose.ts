import { textUpTo } from '../dom-text';
import { cleanValue } from '../text';
import { acceptsValue, selectAll, shownText } from './find';
import { cellOf, type HeaderIndex, ROW, rowsOfColumn, TABLE } from './read-columns';
import { readField } from './read-fields';
import { stableSelectors } from './robust';
import type { ColumnLocator, FieldLocator, RecipeField } from './types';

/**
 * The officer pointed at a value: how to find it again on this portal. A label printed beside it comes first (it
 * survives layout changes), then a stable attribute or a class unique where it must be. Never a position. Each way is
 * checked by reading the page with it: what the sidebar shows for confirmation is what the recipe will read.
 */

export type Proposal<L> =
  | { ok: true; locator: L; value: string; rows?: number }
  | { ok: false; error: string; value?: string };

const MAX_LABEL = 80;
const LABEL_TAGS = new Set(['th', 'dt', 'label', 'legend']);
const LABEL_CLASS = /label|lbl|caption|title|key|nhan|tieu-de/i;
// "Ngày hẹn trả (*):" → "Ngày hẹn trả": the marks are the page's, the words are the label.
const LABEL_TAIL = /\s*(?:\(\s*\*\s*\)|\*)?\s*[:：]?\s*$/;
const MAX_DEPTH = 4;
const MAX_SIBLINGS = 3;

/**
 * Text that reads as a field's label: short words without digits, marked as a label by a colon, a required-field
 * mark, its tag or its class. Unmarked words may be a citizen's name, which must never become a recipe's label.
 */
function asLabel(text: string, el: Element | null): string | undefined {
  const clean = cleanValue(text);
  const label = clean.replace(LABEL_TAIL, '');
  if (label.length < 2 || label.length > MAX_LABEL || /\d|[<>{}`]/.test(label)) return undefined;
  const marked =
    /(?:[:：]|\(\s*\*\s*\)|\*)\s*$/.test(clean) ||
    (el !== null && (LABEL_TAGS.has(el.localName) || LABEL_CLASS.test(el.getAttribute('class') ?? '')));
  return marked ? label : undefined;
}

/** Labels near a value, nearest first: its own "Label: value" text, then what precedes it and its parents. */
function nearbyLabels(value: Element): string[] {
  const labels: string[] = [];
  const own = textUpTo(value, MAX_LABEL * 2);
  const colon = own.search(/[:：]/);
  if (colon > 0) labels.push(asLabel(own.slice(0, colon + 1), null) ?? '');
  const stop = value.ownerDocument.body;
  let node: Element | null = value;
  for (let depth = 0; node && node !== stop && depth < MAX_DEPTH; depth += 1, node = node.parentElement) {
    // "<p>Hẹn trả ngày: <span>27/11/2026</span></p>": the label is the text just before.
    const before = node.previousSibling;
    if (before?.nodeType === 3) labels.push(asLabel(before.nodeValue ?? '', null) ?? '');
    let sibling = node.previousElementSibling;
    for (let k = 0; sibling && k < MAX_SIBLINGS; k += 1, sibling = sibling.previousElementSibling) {
      const text = textUpTo(sibling, MAX_LABEL * 2);
      if (text.length > MAX_LABEL * 2) break;
      // A label cell may wrap its words: `<td><b>Số tiếp nhận</b></td>`.
      const inner = sibling.childElementCount === 1 ? sibling.firstElementChild : null;
      labels.push(asLabel(text, sibling) ?? (inner ? asLabel(text, inner) : undefined) ?? '');
      // The nearest words before a value are its label or nothing: a further one belongs to another field.
      if (cleanValue(text)) break;
    }
  }
  return labels.filter((l) => l !== '');
}

/** Whether what a way of reading found is what the officer pointed at. */
const samePlace = (found: Element, pointed: Element) =>
  found === pointed || found.contains(pointed) || pointed.contains(found);

/** The element the officer meant: the pointed one, or the parent holding the same text (a cell around a link). */
function candidates(pointed: Element): Element[] {
  const text = shownText(pointed);
  const out = [pointed];
  let el = pointed.parentElement;
  for (let depth = 0; el && el !== pointed.ownerDocument.body && depth < 2; depth += 1, el = el.parentElement) {
    if (shownText(el) !== text) break;
    out.push(el);
  }
  return out;
}

/** Why what the officer pointed at is not a value of the field, or null when it is. */
function refusal(field: RecipeField, value: string): string | null {
  if (!value) return 'Chỗ vừa chỉ không có chữ nào. Anh/chị bấm đúng vào giá trị.';
  if (/[:：]$/.test(value)) return `Chỗ vừa chỉ là nhãn “${value}”. Anh/chị bấm vào giá trị bên cạnh nhãn.`;
  if (acceptsValue(field, value)) return null;
  if (field === 'code') return `“${value}” không giống một mã hồ sơ. Anh/chị bấm đúng vào mã hồ sơ.`;
  return `“${value}” không đọc được thành ngày. Anh/chị bấm đúng vào ô ngày.`;
}

/** How to find a dossier page's field again, from the element the officer pointed at. */
export function proposeFieldLocator(pointed: Element, field: RecipeField): Proposal<FieldLocator> {
  const doc = pointed.ownerDocument;
  const shown = shownText(pointed);
  const problem = refusal(field, shown);
  if (problem) return { ok: false, error: problem, value: shown };
  const locator: FieldLocator = {};
  let value: string | undefined;
  for (const label of nearbyLabels(pointed)) {
    const read = readField(doc, field, { label });
    if (read && samePlace(read.element, pointed)) {
      locator.label = label;
      value = read.text;
      break;
    }
  }
  // A selector too when one is stable: the day the label is reworded, the field is still found.
  for (const el of candidates(pointed)) {
    const selector = stableSelectors(el, shown).find((s) => selectAll(doc, s).length === 1);
    const read = selector ? readField(doc, field, { selector }) : undefined;
    if (selector && read && samePlace(read.element, pointed)) {
      locator.selector = selector;
      value ??= read.text;
      break;
    }
  }
  if (value === undefined)
    return {
      ok: false,
      value: shown,
      error:
        'Không tìm được cách đọc ổn định cho chỗ này: không có nhãn ngay cạnh, cũng không có thuộc tính ổn định. Anh/chị thử bấm vào ô chứa giá trị, hoặc nhập tay ở phần bên dưới.',
    };
  return { ok: true, locator, value };
}

/** The cell of a row that holds `pointed` (the pointed element, or the row's child around it). */
function cellAround(pointed: Element, row: Element): Element {
  let el: Element = pointed;
  while (el.parentElement && el.parentElement !== row) el = el.parentElement;
  return el;
}

/** The header text above a cell, when the table has one that reads as a label. */
function headerAbove(cell: Element, row: Element): string | undefined {
  const table = row.closest(TABLE);
  if (!table) return undefined;
  const index = Array.prototype.indexOf.call(row.children, cell);
  const headerRow = selectAll(table, ROW).find(
    (r) => r.closest(TABLE) === table && r !== row && (r.parentElement?.localName === 'thead' || r.querySelector('th')),
  );
  const header = headerRow?.children[index];
  if (!header) return undefined;
  const text = cleanValue(textUpTo(header, MAX_LABEL * 2));
  return text.length >= 2 && text.length <= MAX_LABEL && !/\d|[<>{}`]/.test(text) ? text : undefined;
}

/** How many rows a column reads a value of its field in. */
function rowsReading(doc: Document, field: RecipeField, locator: ColumnLocator): number {
  const headers: HeaderIndex = new Map();
  return rowsOfColumn(doc, locator).filter((row) => {
    const cell = cellOf(row, locator, headers);
    return cell !== undefined && acceptsValue(field, shownText(cell));
  }).length;
}

/** How to find a list column again, from the cell (or what is inside it) the officer pointed at. */
export function proposeColumnLocator(pointed: Element, field: RecipeField): Proposal<ColumnLocator> {
  const doc = pointed.ownerDocument;
  const row = pointed.closest(ROW);
  if (!row) return { ok: false, error: 'Chỗ vừa chỉ không nằm trong một dòng của bảng danh sách.' };
  const cell = cellAround(pointed, row);
  const shown = shownText(cell);
  const problem = refusal(field, shown);
  if (problem) return { ok: false, error: problem, value: shown };
  const locator: ColumnLocator = {};
  const header = headerAbove(cell, row);
  if (header && cellOf(row, { header }) === cell) locator.header = header;
  // In a list, a class or attribute must find the cell alone in its row, and find it in the other rows too.
  const inside: Element[] = [];
  for (let el: Element | null = pointed; el && el !== cell; el = el.parentElement) inside.unshift(el);
  for (const el of [cell, ...inside]) {
    const selector = stableSelectors(el, shown).find(
      (s) => selectAll(row, s).length === 1 && selectAll(doc, s).length > 1,
    );
    if (selector && cellOf(row, { selector }) && samePlace(cellOf(row, { selector }) as Element, pointed)) {
      locator.selector = selector;
      break;
    }
  }
  if (!locator.header && !locator.selector)
    return {
      ok: false,
      value: shown,
      error:
        'Không tìm được cách đọc ổn định cho cột này: bảng không có dòng tiêu đề, ô cũng không có thuộc tính ổn định.',
    };
  return { ok: true, locator, value: shown, rows: rowsReading(doc, field, locator) };
}
