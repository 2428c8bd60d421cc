/** Reading text out of portal DOM as a person sees it, with bounded work whatever the page holds. */
import { isUnseen } from './visibility';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Subtrees whose text is never shown as page content. */
export const UNREAD = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'object', 'select']);

// Elements that start a new line on screen: their text must not run into the previous word.
const BREAKS = new Set([
  'br',
  'p',
  'div',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'label',
]);

const CONTROLS = new Set(['input', 'textarea', 'select']);
const NO_TEXT_INPUTS = new Set([
  'hidden',
  'password',
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'file',
  'image',
]);

/** An element whose text a person does not see as content: scripts, hidden copies, icon-font ligatures. */
export const skipsText = (el: Element): boolean => UNREAD.has(el.localName) || isUnseen(el);

/**
 * The text under `root` as shown, at most `limit + 1` characters (so callers can tell it was longer); blocks and
 * line breaks become new lines. The walk visits a bounded number of nodes, so a huge or deeply nested subtree costs
 * no more than a small one.
 */
export function textUpTo(root: Node, limit: number): string {
  // Each DOM property is read once per node: this walk runs for every list cell and every label.
  let text = '';
  let budget = limit * 4 + 64;
  let node: Node | null = root;
  while (node !== null && budget > 0) {
    budget -= 1;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const value = node.nodeValue;
      if (value) {
        text += value;
        if (text.length > limit) return text.slice(0, limit + 1);
      }
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const name = el.localName;
      if (BREAKS.has(name)) text += '\n';
      const first = el.firstChild;
      if (first !== null && !UNREAD.has(name) && !isUnseen(el)) {
        node = first;
        continue;
      }
    }
    // On to the next sibling of the nearest ancestor that has one, never past the root.
    let next: Node | null = null;
    for (let up: Node | null = node; up !== null && up !== root; up = up.parentNode) {
      next = up.nextSibling;
      if (next !== null) break;
    }
    node = next;
  }
  return text;
}

/**
 * The text a form control shows (read-only detail forms keep values in inputs, often set by script and absent from
 * the HTML attribute; a select shows its chosen option), or undefined if not a control.
 */
export function controlText(el: Element): string | undefined {
  if (!CONTROLS.has(el.localName)) return undefined;
  if (el.localName === 'select') {
    const select = el as HTMLSelectElement;
    return select.options[select.selectedIndex]?.text ?? '';
  }
  if (el.localName === 'input' && NO_TEXT_INPUTS.has((el.getAttribute('type') ?? 'text').toLowerCase())) return '';
  return (el as HTMLInputElement | HTMLTextAreaElement).value ?? '';
}

/**
 * The option a group of radio buttons inside `el` shows as chosen ("Giới tính: ○ Nam ● Nữ"): the text of its label,
 * or of the words right after it; '' when none is chosen; undefined when `el` holds no radio button.
 */
export function chosenOptionText(el: Element): string | undefined {
  if (!el.querySelector('input[type="radio" i]')) return undefined;
  const chosen = el.querySelector<HTMLInputElement>('input[type="radio" i]:checked');
  if (!chosen) return '';
  const label =
    chosen.closest('label') ??
    (chosen.id ? Array.from(el.querySelectorAll('label')).find((l) => l.htmlFor === chosen.id) : undefined);
  if (label) return textUpTo(label, 80);
  let text = '';
  for (let next = chosen.nextSibling; next && next.nodeType === TEXT_NODE; next = next.nextSibling) {
    text += next.nodeValue ?? '';
  }
  return text;
}

/**
 * The first text control inside `el` (Material wraps its read-only inputs in several divs), looking at a bounded
 * number of descendants so a big subtree costs no more than a small one.
 */
export function findControl(el: Element, maxElements = 64): Element | undefined {
  let node: Element | null = el.firstElementChild;
  for (let seen = 0; node && seen < maxElements; seen += 1) {
    if (CONTROLS.has(node.localName)) return node;
    if (node.firstElementChild && !UNREAD.has(node.localName)) {
      node = node.firstElementChild;
      continue;
    }
    while (node && node !== el && !node.nextElementSibling) node = node.parentElement;
    node = node && node !== el ? node.nextElementSibling : null;
  }
  return undefined;
}

/** More than `n` element children, counted no further than `n + 1` (a count of a 20,000-row body is slow). */
export function hasMoreChildren(el: Element, n: number): boolean {
  let child = el.firstElementChild;
  for (let i = 0; child; i += 1, child = child.nextElementSibling) if (i >= n) return true;
  return false;
}

/** More than `n` child nodes, text included, counted no further than `n + 1`. */
export function hasMoreNodes(el: Node, n: number): boolean {
  let child = el.firstChild;
  for (let i = 0; child; i += 1, child = child.nextSibling) if (i >= n) return true;
  return false;
}
