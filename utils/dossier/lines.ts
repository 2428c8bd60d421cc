/**
 * Lines and titles as a person sees them on a page: headings, title-styled and bold lines, lines of their own, and
 * the line that names a dossier's procedure without a label.
 */
import { textUpTo } from './dom-text';
import { MAX_LABEL_TEXT } from './label-value';
import { looksLikeProcedure, procedureOfTitle } from './procedure-name';
import { cleanValue } from './text';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'caption', 'mat-card-title']);
// "card-title", BEM "v-card__title", "panel-heading", "card-header".
const HEADING_CLASS =
  /(?:^|\s)(?:[\w-]*[-_])?(?:title|heading)(?=\s|$)|(?:^|\s)(?:card|panel|box|section)-header(?=\s|$)/;

/** A title by its markup: headings, legends, captions and a table's full-width header row. */
export function isTitle(el: Element): boolean {
  if (HEADINGS.has(el.localName) || el.getAttribute('role') === 'heading') return true;
  return el.localName === 'th' && (el as HTMLTableCellElement).colSpan > 1 && el.parentElement?.children.length === 1;
}

/** A title only by its class ("card-title"): weaker, a field label styled so stays a label. */
export function hasTitleClass(el: Element): boolean {
  return HEADING_CLASS.test(el.getAttribute('class') ?? '');
}

// Where a procedure-like line is a place to go, an option or a value in a grid, not the page's title.
const NOT_TITLE = 'a, button, option, li, label, select, [role="option"], [role="menuitem"], [role="tab"]';
const BOLD = new Set(['b', 'strong']);
const BLOCKS = new Set(['div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'section', 'legend', 'caption']);

/** A sibling that ends a line: none, a line break or a block. */
function endsLine(node: ChildNode | null, next: (n: ChildNode) => ChildNode | null): boolean {
  let sibling = node;
  while (sibling && sibling.nodeType !== 1 && !(sibling.nodeValue ?? '').trim()) sibling = next(sibling);
  if (!sibling) return true;
  const name = (sibling as Element).localName;
  return sibling.nodeType === 1 && (name === 'br' || name === 'hr' || BLOCKS.has(name));
}

/** Text written in the element itself, not only in its children (a wrapper's link is the link's text). */
function hasOwnText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 3 && node.nodeValue?.trim()) return true;
  return false;
}

/**
 * A line of its own that names the procedure, written in the element itself: a block, or an inline element between
 * line breaks (a receipt's italic subtitle), outside links, menus and forms, and not the whole of a table cell (a
 * grid's value).
 */
export function procedureTitle(el: Element, text: string): string | undefined {
  if (text.trim().includes('\n') || !hasOwnText(el)) return undefined;
  // A heading may say more around it ("CHI TIẾT HỒ SƠ ĐĂNG KÝ KHAI SINH"); a plain line is the name alone.
  const heading = isTitle(el) || hasTitleClass(el);
  const name = heading ? procedureOfTitle(text) : looksLikeProcedure(text) ? cleanValue(text) : undefined;
  if (!name) return undefined;
  if (!BLOCKS.has(el.localName)) {
    const alone =
      endsLine(el.previousSibling, (n) => n.previousSibling) && endsLine(el.nextSibling, (n) => n.nextSibling);
    if (!alone) return undefined;
  }
  if (el.closest(NOT_TITLE)) return undefined;
  const cell = heading ? null : el.closest('td, th');
  return !cell || textUpTo(cell, MAX_LABEL_TEXT * 2).trim() !== text.trim() ? name : undefined;
}

/**
 * A bold line of its own without a colon ("Cho người có tên dưới đây" over a copy's subject): a sub-title, so the
 * fields after it are not the previous person's. Weaker than a heading: a bold field label stays a label.
 */
export function isBoldLine(el: Element): boolean {
  if (!BOLD.has(el.localName) || !hasOwnText(el) || /[:：]/.test(el.textContent ?? '')) return false;
  return endsLine(el.previousSibling, (n) => n.previousSibling) && endsLine(el.nextSibling, (n) => n.nextSibling);
}
