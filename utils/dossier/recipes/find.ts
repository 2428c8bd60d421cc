import { isPlausibleCode, looksLikeDossierCode } from '../code';
import { parseVietnameseDate } from '../dates';
import { controlText, findControl, textUpTo, UNREAD } from '../dom-text';
import { cleanValue, normaliseLabel } from '../text';
import type { RecipeField } from './types';

/**
 * Finding a taught field on a page: by the label printed beside it ("label-near"), or by a short selector. Generic:
 * nothing here knows a portal; the recipe's data says what to look for.
 */

// Bounds that keep a huge or hostile page cheap, whatever the recipe asks.
const MAX_ELEMENTS = 60_000;
const MAX_LABEL_TEXT = 120;
const MAX_VALUE_TEXT = 300;
const MAX_STEPS_TO_VALUE = 40;
const COLON = /[:：]/;

/** Where a label was found: its element, and the rest of its text when it reads "Label: value" on its own. */
export interface LabelHit {
  element: Element;
  inline?: string;
}

/** A value and the element it was read from. */
export interface ValueHit {
  element: Element;
  text: string;
}

const isHidden = (el: Element) => UNREAD.has(el.localName) || el.hasAttribute('hidden');

/** The next element in document order under `root`, skipping `el`'s subtree when asked. */
function nextElement(el: Element, root: Element, skipChildren: boolean): Element | null {
  if (!skipChildren && el.firstElementChild) return el.firstElementChild;
  let node: Element | null = el;
  while (node && node !== root && !node.nextElementSibling) node = node.parentElement;
  return node && node !== root ? node.nextElementSibling : null;
}

/** The comparable key of a taught label. */
export const labelKey = (label: string): string => normaliseLabel(label);

/**
 * The first element (innermost when nested) whose text is each label, in one walk of the page. An element reading
 * "Label: value" counts too, with the value kept, so `<p><b>Label:</b> value</p>` and `<p>Label: value</p>` both work.
 */
export function findLabels(root: Element, keys: ReadonlySet<string>): Map<string, LabelHit> {
  const hits = new Map<string, LabelHit>();
  if (keys.size === 0) return hits;
  const take = (key: string, hit: LabelHit) => {
    const known = hits.get(key);
    if (!known || known.element.contains(hit.element)) hits.set(key, hit);
  };
  let el: Element | null = root;
  for (let visited = 0; el && visited < MAX_ELEMENTS; visited += 1) {
    const skip = isHidden(el);
    if (!skip && el.childElementCount <= 3) {
      const text = textUpTo(el, MAX_LABEL_TEXT);
      if (text.length <= MAX_LABEL_TEXT) {
        // Labels have no digits (recipes refuse them): a text with digits can only be "Label: value".
        const whole = /\d/.test(text) ? '' : normaliseLabel(text);
        if (whole && keys.has(whole)) take(whole, { element: el });
        else {
          const colon = text.search(COLON);
          const prefix = colon > 0 ? normaliseLabel(text.slice(0, colon)) : '';
          const rest = colon > 0 ? cleanValue(text.slice(colon + 1)) : '';
          if (prefix && rest && keys.has(prefix)) take(prefix, { element: el, inline: rest });
        }
      }
    }
    el = nextElement(el, root, skip);
  }
  return hits;
}

/** What an element shows: a form control's value, else its visible text, else the value of a control inside it. */
export function shownText(el: Element, limit = MAX_VALUE_TEXT * 2): string {
  const control = controlText(el);
  if (control !== undefined) return cleanValue(control);
  const text = cleanValue(textUpTo(el, limit));
  if (text) return text;
  const wrapped = findControl(el);
  return wrapped ? cleanValue(controlText(wrapped) ?? '') : '';
}

/** Text nodes right after the label inside its parent: `<b>Label:</b> value`. */
function trailingText(label: Element): string {
  let text = '';
  for (let node = label.nextSibling; node && node.nodeType === 3; node = node.nextSibling) text += node.nodeValue;
  return cleanValue(text);
}

/**
 * Where a label's value can be: inside the label's nearest ancestor that holds more than the label (its row, grid
 * cell pair or form field). An empty value then never reaches into the next row.
 */
function pairOf(label: Element): Element | null {
  let el = label.parentElement;
  while (el?.parentElement && el.childElementCount <= 1) el = el.parentElement;
  return el;
}

// "Tiến độ: Đang giải quyết" is another field's label and value, not this field's value.
const LABELLED = /^[^\d:：]{2,80}[:：]/;
// A header cell heads a column: the label's value is never the next header (a list page's header row).
const isHeaderCell = (el: Element) => el.localName === 'th' || el.getAttribute('role') === 'columnheader';

/**
 * The value that follows a label: its `<label for>` control, the `dd` of a `dt`, the text after it, or the first
 * element after it in document order, within its pair, that shows a short text (a sibling span, the next cell, a
 * read-only input). A next text that is itself labelled ("Tiến độ:") means the value is empty here.
 */
export function valueAfterLabel(hit: LabelHit): ValueHit | undefined {
  if (hit.inline !== undefined) return { element: hit.element, text: hit.inline };
  const label = hit.element;
  const doc = label.ownerDocument;
  const id = label.localName === 'label' ? label.getAttribute('for') : null;
  const target = id ? doc.getElementById(id) : null;
  if (target) return { element: target, text: shownText(target) };
  if (label.localName === 'dt') {
    const dd = label.nextElementSibling;
    return dd?.localName === 'dd' ? { element: dd, text: shownText(dd) } : undefined;
  }
  const trailing = trailingText(label);
  if (trailing) return { element: label.parentElement ?? label, text: trailing };
  const scope = pairOf(label);
  if (!scope) return undefined;
  let el = nextElement(label, scope, true);
  for (let steps = 0; el && steps < MAX_STEPS_TO_VALUE; steps += 1) {
    const skip = isHidden(el);
    if (!skip) {
      const control = controlText(el);
      if (control !== undefined) return { element: el, text: cleanValue(control) };
      const text = cleanValue(textUpTo(el, MAX_VALUE_TEXT));
      if (text && text.length <= MAX_VALUE_TEXT)
        return LABELLED.test(text) || isHeaderCell(el) ? undefined : { element: el, text };
    }
    // Empty or long: its children may hold the value.
    el = nextElement(el, scope, skip);
  }
  return undefined;
}

/** Every element a selector finds, or none for a selector the browser refuses. */
export function selectAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Whether a text read for a field is a value of that field: a code looks like one (and is no date), a date parses. */
export function acceptsValue(field: RecipeField, text: string | undefined): text is string {
  if (!text) return false;
  if (field === 'code')
    return (looksLikeDossierCode(text) || isPlausibleCode(text)) && parseVietnameseDate(text) === undefined;
  if (field === 'dueAt' || field === 'receivedAt') return parseVietnameseDate(text) !== undefined;
  return true;
}
