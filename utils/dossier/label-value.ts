/** Where a label's value is, in every layout portals use: the DOM side of reading by label. */
import { chosenOptionText, controlText, findControl, hasMoreChildren, textUpTo } from './dom-text';
import { cleanValue, MAX_VALUE_LENGTH } from './text';

export const MAX_LABEL_TEXT = 120;
// Links, buttons and menu items name places to go, never a field of the dossier shown.
export const NEVER_LABELS = new Set(['a', 'button', 'option', 'li']);
// Wrappers of exactly one form field (Material, Vuetify): whatever they show besides the label is its value. Layout
// groups that may hold several pairs (Bootstrap's form-group) are not among them.
const FIELD_CONTAINER = /(?:^|\s)(?:mat-form-field|mat-mdc-form-field|v-input)(?=\s|$)/;
// A cell or span holding only the colon between a label and its value (label | : | value).
const SEPARATOR = /^[:：\-–]$/;
const MAX_FIELD_DEPTH = 6;

/** A value and the element it was read from. */
export interface Found {
  text: string;
  from: Element;
}

/**
 * The value an element shows: a form control's value when it holds one (the text around a control is its hint or
 * messages: Vuetify's "DD/MM/YYYY" under a date field), else its visible text.
 */
export function valueText(el: Element): string {
  const control = controlText(el);
  if (control !== undefined) return control;
  const wrapped = findControl(el);
  if (wrapped?.localName === 'input' && wrapped.getAttribute('type')?.toLowerCase() === 'radio') {
    return chosenOptionText(el) ?? '';
  }
  const value = wrapped ? controlText(wrapped) : undefined;
  return value?.trim() ? value : textUpTo(el, MAX_VALUE_LENGTH * 2);
}

/** Text right after the label inside its parent: `<p><b>Mã hồ sơ:</b> 000.17…</p>`, across line breaks. */
function trailingText(label: Element): string {
  let text = '';
  for (let node = label.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 3) text += node.nodeValue;
    else if ((node as Element).localName === 'br') text += ' ';
    else break;
  }
  return text.trim();
}

// Elements that end a line of text.
const LINE_ENDS = new Set(['br', 'hr', 'div', 'p', 'table', 'tr', 'td', 'th', 'ul', 'ol', 'li', 'dl', 'section']);

/**
 * The rest of the line after a text node: its inline siblings' text up to a line break or a block ("Ngày nhận hồ
 * sơ: lúc 02:10 ngày <b>25/11/2026</b> có nhận…" keeps its date in the bold part).
 */
export function restOfLine(node: Node): string {
  let text = '';
  for (let next = node.nextSibling; next && text.length <= MAX_VALUE_LENGTH; next = next.nextSibling) {
    if (next.nodeType === 3) text += next.nodeValue ?? '';
    else if (next.nodeType !== 1 || LINE_ENDS.has((next as Element).localName)) break;
    else text += textUpTo(next, MAX_VALUE_LENGTH);
  }
  return text;
}

// A line that names a field of its own ("Thủ tục: …"): a letter right before a colon (times have digits there).
const LABELLED_LINE = /[^\d\s][:：]/;

/**
 * The value of a label whose text ends at its colon, inside `parent`: the next element on its line, or the next line
 * after one line break ("Ngày hẹn trả:<br><b>30/11/2026</b>") unless that line is labelled itself.
 */
export function valueAfterColon(node: Node, parent: Element): Found | undefined {
  let next = nextShownNode(node);
  const crossedBreak = next?.nodeType === 1 && (next as Element).localName === 'br';
  if (crossedBreak) next = nextShownNode(next as Node);
  if (!next) return undefined;
  const found: Found | undefined =
    next.nodeType === 1
      ? { text: valueText(next as Element), from: next as Element }
      : crossedBreak && next.nodeType === 3
        ? { text: (next.nodeValue ?? '') + restOfLine(next), from: parent }
        : undefined;
  return found && !(crossedBreak && LABELLED_LINE.test(found.text)) ? found : undefined;
}

/** The sibling after `node` that is not white space alone. */
function nextShownNode(node: Node): Node | null {
  let next = node.nextSibling;
  while (next && next.nodeType === 3 && !(next.nodeValue ?? '').trim()) next = next.nextSibling;
  return next;
}

/** The element after `el` that may hold a value: a line break or a cell holding only ":" between is passed over. */
function nextValueElement(el: Element): Element | null {
  let next = el.nextElementSibling;
  for (let i = 0; next && i < 3; i += 1) {
    const text = next.firstElementChild === null ? (next.textContent ?? '').trim() : '';
    const separator = next.localName === 'br' || (text !== '' && SEPARATOR.test(text));
    if (!separator || !next.nextElementSibling) return next;
    next = next.nextElementSibling;
  }
  return next;
}

/** An element that only wraps the real label (a row whose value cell is empty, a cell around a span). */
function wrapsLabel(el: Element, labelText: string): boolean {
  for (const child of el.children) if (textUpTo(child, MAX_LABEL_TEXT).trim() === labelText.trim()) return true;
  return false;
}

/**
 * The form field (Material, Vuetify) a label sits in, and what it shows besides the label: its control's value, or
 * the rest of its text (a select's chosen value). Undefined when the label is in no such field.
 */
function fieldValue(label: Element, labelText: string): string | undefined {
  let field = label.parentElement;
  for (let depth = 0; field && depth < MAX_FIELD_DEPTH; depth += 1, field = field.parentElement) {
    if (FIELD_CONTAINER.test(`${field.localName} ${field.getAttribute('class') ?? ''}`)) break;
  }
  if (!field || !FIELD_CONTAINER.test(`${field.localName} ${field.getAttribute('class') ?? ''}`)) return undefined;
  const control = findControl(field);
  const shown = control ? (controlText(control) ?? '') : '';
  if (shown.trim()) return shown;
  const text = cleanValue(textUpTo(field, MAX_VALUE_LENGTH * 2));
  const own = cleanValue(labelText);
  const at = text.indexOf(own);
  return at < 0 ? '' : cleanValue(text.slice(0, at) + text.slice(at + own.length));
}

/**
 * The value that goes with a label element, or null when the element merely wraps the label (its child answers).
 * Read-only form controls (Material fields, `<label for>`) come first, then a definition, the text after the
 * label, the rest of the form field the label sits in, the next sibling, and for a label alone in its grid cell,
 * the cell's next sibling.
 */
export function valueFor(label: Element, labelText: string): Found | null {
  const from = (el: Element, text = valueText(el)): Found => ({ text, from: el });
  const id = label.localName === 'label' ? label.getAttribute('for') : null;
  const target = id ? label.ownerDocument.getElementById(id) : null;
  if (target) return from(target);
  const control = findControl(label);
  if (control) return from(control, controlText(control) ?? '');
  if (wrapsLabel(label, labelText)) return null;
  if (label.localName === 'dt') {
    let dd = label.nextElementSibling;
    while (dd && dd.localName !== 'dd' && dd.localName !== 'dt') dd = dd.nextElementSibling;
    return dd?.localName === 'dd' ? from(dd) : from(label, '');
  }
  const trailing = trailingText(label);
  if (trailing) return from(label, trailing);
  const inField = fieldValue(label, labelText);
  if (inField !== undefined) return from(label, inField);
  const sibling = nextValueElement(label);
  // A column header's neighbour is the next column's header, never its value ("Địa chỉ | Phường" over a list).
  if (sibling && isColumnHeader(label) && isColumnHeader(sibling)) return from(label, '');
  if (sibling) return from(sibling, siblingValue(sibling));
  let wrapper = label.parentElement;
  for (let depth = 0; wrapper && depth < 2; depth += 1, wrapper = wrapper.parentElement) {
    if (NEVER_LABELS.has(wrapper.localName) || hasMoreChildren(wrapper, 1)) break;
    if (textUpTo(wrapper, MAX_LABEL_TEXT).trim() !== labelText.trim()) break;
    const next = nextValueElement(wrapper);
    if (next) return from(next, siblingValue(next));
  }
  return from(label, '');
}

/** A header cell of a table's column: `th` (not a row's own label, which a `td` follows) or an ARIA columnheader. */
const isColumnHeader = (el: Element): boolean =>
  el.localName === 'th' || el.getAttribute('role') === 'columnheader' || el.localName === 'mat-header-cell';

/**
 * The value in the element after a label, unless that element is a pair of its own (`<p><b>Hạn xử lý bước:</b>
 * 26/11</p>` after an empty `<p><b>Ngày hẹn trả:</b></p>`): an empty field never takes the next field's value.
 */
function siblingValue(el: Element): string {
  const first = el.firstElementChild;
  if (first && !el.firstChild?.nodeValue?.trim() && /[:：]\s*$/.test(textUpTo(first, MAX_LABEL_TEXT))) return '';
  return valueText(el);
}
