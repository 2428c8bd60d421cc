import type { DeadlineLevel } from '../deadline';

const STYLE_ID = 'mctt-row-flags';
const ATTR = 'data-mctt-level';
const FOCUS_ATTR = 'data-mctt-focus';

// Marks are pseudo-elements driven by one attribute: no nodes are inserted into the portal's table, so its own
// framework never fights us, and the mark carries an icon and words, not colour alone.
const CSS = `
tr[${ATTR}="overdue"] > :first-child, [${ATTR}="overdue"]:not(tr) { box-shadow: inset 5px 0 0 #b91c1c; }
tr[${ATTR}="due-today"] > :first-child, [${ATTR}="due-today"]:not(tr) { box-shadow: inset 5px 0 0 #c2410c; }
tr[${ATTR}="soon"] > :first-child, [${ATTR}="soon"]:not(tr) { box-shadow: inset 5px 0 0 #a16207; }
tr[${ATTR}] > :first-child::before, [${ATTR}]:not(tr)::before {
  display: block; width: max-content; margin: 0 0 2px 4px; padding: 0 4px; border-radius: 3px;
  font: bold 11px/16px system-ui, sans-serif; color: #fff;
}
tr[${ATTR}="overdue"] > :first-child::before, [${ATTR}="overdue"]:not(tr)::before { content: "✖ Quá hạn"; background: #b91c1c; }
tr[${ATTR}="due-today"] > :first-child::before, [${ATTR}="due-today"]:not(tr)::before { content: "● Hạn hôm nay"; background: #c2410c; }
tr[${ATTR}="soon"] > :first-child::before, [${ATTR}="soon"]:not(tr)::before { content: "⚠ Sắp đến hạn"; background: #a16207; }
tr[${ATTR}="ok"] > :first-child::before, [${ATTR}="ok"]:not(tr)::before,
tr[${ATTR}="waiting"] > :first-child::before, [${ATTR}="waiting"]:not(tr)::before { content: none; }
[${FOCUS_ATTR}] { outline: 3px solid #2563eb; outline-offset: -3px; }
`;

/**
 * Puts each row's deadline level on the row, touching the DOM only where the level changed. A row in the citizen's
 * hands is marked `waiting` without an alarm; a finished row (or one without a due date) carries no mark at all.
 */
export function flagRows(doc: Document, flags: Array<{ row: Element; level: DeadlineLevel | null }>): void {
  if (flags.length > 0 && !doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS;
    (doc.head ?? doc.documentElement).append(style);
  }
  for (const { row, level } of flags) {
    if (level === null || level === 'closed') {
      if (row.hasAttribute(ATTR)) row.removeAttribute(ATTR);
    } else if (row.getAttribute(ATTR) !== level) {
      row.setAttribute(ATTR, level);
    }
  }
}

/** Removes every mark we put on the page (the extension is turned off or navigated away). */
export function clearRowFlags(doc: Document): void {
  for (const row of doc.querySelectorAll(`[${ATTR}]`)) row.removeAttribute(ATTR);
  doc.getElementById(STYLE_ID)?.remove();
}

/** Brings a row into view and outlines it for a moment, so the officer sees which one was meant. */
export function revealRow(row: Element): void {
  row.scrollIntoView({ block: 'center', behavior: 'smooth' });
  row.setAttribute(FOCUS_ATTR, '');
  setTimeout(() => row.removeAttribute(FOCUS_ATTR), 2500);
}
