import { LABEL_INDEX, type LabelField } from './labels';
import { cleanValue, normaliseLabel } from './text';

export type LabelPairs = Partial<Record<LabelField, string>>;

// Bounds keep a hostile or huge page cheap: labels are short, and we stop after enough candidates.
const MAX_LABEL_LENGTH = 80;
const MAX_CANDIDATES = 5000;
const CANDIDATES = 'dt, th, td, label, span, div, strong, b, p, li';
const INLINE_PAIR = /^([^:：]{2,80})[:：]\s*(.+)$/s;

/** Own text of an element, looked at only when it is short enough to be a label. */
function shortText(el: Element): string | undefined {
  const text = el.textContent ?? '';
  return text.length <= MAX_LABEL_LENGTH * 2 ? text : undefined;
}

/** Text that follows the label inside its parent: `<p><b>Mã hồ sơ:</b> 000.17…</p>`. */
function trailingText(label: Element): string {
  let text = '';
  for (let node = label.nextSibling; node && node.nodeType === 3; node = node.nextSibling) text += node.textContent;
  return text.trim();
}

/** The value that goes with a label element: its definition, the text after it, next cell or next sibling. */
function valueFor(label: Element): string | undefined {
  let next = label.nextElementSibling;
  if (label.tagName === 'DT') while (next && next.tagName !== 'DD') next = next.nextElementSibling;
  else {
    const trailing = trailingText(label);
    if (trailing) return trailing;
  }
  if (next) return next.textContent ?? undefined;
  // Label wrapped in its own cell of a grid: the value is the parent's next sibling.
  const parentNext = label.parentElement?.children.length === 1 ? label.parentElement.nextElementSibling : null;
  return parentNext?.textContent ?? undefined;
}

/**
 * Collects field values by their normalised label text in div grids, tables, definition lists and
 * "Label: value" lines. The first non-empty value wins when a label is repeated.
 */
export function readLabelPairs(root: ParentNode): LabelPairs {
  const pairs: LabelPairs = {};
  const candidates = root.querySelectorAll(CANDIDATES);
  const limit = Math.min(candidates.length, MAX_CANDIDATES);
  for (let i = 0; i < limit; i += 1) {
    const el = candidates[i] as Element;
    if (el.children.length > 2) continue;
    const text = shortText(el);
    if (text === undefined) continue;
    const field = LABEL_INDEX.get(normaliseLabel(text));
    if (field) {
      if (pairs[field]) continue;
      const value = cleanValue(valueFor(el) ?? '');
      if (value && !LABEL_INDEX.has(normaliseLabel(value))) pairs[field] = value;
      continue;
    }
    // "Label: value" in one element: only leaves, so a container's text never swallows several fields.
    if (el.children.length > 0) continue;
    const inline = INLINE_PAIR.exec(text.trim());
    if (!inline) continue;
    const inlineField = LABEL_INDEX.get(normaliseLabel(inline[1] ?? ''));
    if (inlineField && !pairs[inlineField]) {
      const value = cleanValue(inline[2] ?? '');
      if (value) pairs[inlineField] = value;
    }
  }
  return pairs;
}
