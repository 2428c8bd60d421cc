import { type DeadlineLevel, LEVEL_ICONS, LEVEL_NAMES } from '../deadline';

const STYLE_ID = 'mctt-row-flags';
const ATTR = 'data-mctt-level';
const FOCUS_ATTR = 'data-mctt-focus';

/** The levels marked with an alarm, each with its colour; their symbols and words are the levels' own. */
const ALARM_COLOURS: ReadonlyArray<[DeadlineLevel, string]> = [
  ['overdue', '#b91c1c'],
  ['due-today', '#c2410c'],
  ['soon', '#a16207'],
];
const MARKS = ALARM_COLOURS.map(([level, colour]) => [level, LEVEL_ICONS[level], LEVEL_NAMES[level], colour] as const);

/** The row's first cell: in a <table>, and in a flex table of divs or Material's mat-row / mat-cell. */
const firstCell = (level?: string) => {
  const attr = level ? `[${ATTR}="${level}"]` : `[${ATTR}]`;
  return `tr${attr} > :first-child, ${attr}:not(tr) > :first-child`;
};
const pseudo = (selector: string, suffix: string) =>
  selector
    .split(', ')
    .map((s) => `${s}${suffix}`)
    .join(', ');
const hovered = (level: string) =>
  `tr[${ATTR}="${level}"]:hover > :first-child::before, [${ATTR}="${level}"]:not(tr):hover > :first-child::before`;

// Marks are an attribute on the row and rules on its first cell: no node is inserted into the portal's table, so
// its own framework never fights us. Nothing takes room: the stripe is an inset shadow, and the symbol is out of
// the flow (absolutely placed where the cell's text starts, then moved into the cell's padding), so no column
// widens and a flex row's cells stay under their headers. Hovering the row spells the level out. Screen only: a
// receipt printed from the portal shows none of it.
const CSS = `@media screen {
${MARKS.map(([level, , , colour]) => `  ${firstCell(level)} { box-shadow: inset 5px 0 0 ${colour}; }`).join('\n')}
  ${pseudo(firstCell(), '::before')} {
    position: absolute; translate: calc(-100% - 1px) 0; pointer-events: none; white-space: nowrap;
    font: bold 12px/16px system-ui, sans-serif; z-index: 1;
  }
${MARKS.map(([level, symbol, , colour]) => `  ${pseudo(firstCell(level), '::before')} { content: "${symbol}"; color: ${colour}; }`).join('\n')}
  ${pseudo(firstCell('ok'), '::before')}, ${pseudo(firstCell('waiting'), '::before')} { content: none; }
${MARKS.map(
  ([level, symbol, words, colour]) =>
    `  ${hovered(level)} { content: "${symbol} ${words}"; translate: none; padding: 0 5px; border-radius: 3px; color: #fff; background: ${colour}; }`,
).join('\n')}
  [${FOCUS_ATTR}] { outline: 3px solid #2563eb; outline-offset: -3px; }
}`;

/** Our style sheet for the marks (the page watcher leaves it alone). */
export const isRowMarkStyle = (node: Node): boolean => node instanceof Element && node.id === STYLE_ID;

/**
 * Puts each row's deadline level on the row, touching the DOM only where the level changed. A row in the citizen's
 * hands is marked `waiting` without an alarm; a finished row (or one without a due date) carries no mark at all.
 */
export function markRows(doc: Document, flags: Array<{ row: Element; level: DeadlineLevel | null }>): void {
  if (flags.length > 0 && !doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS;
    // Under <html>, beside the sidebar's host: a page that rewrites its <head> or <body> keeps the marks styled.
    doc.documentElement.append(style);
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
export function clearRowMarks(doc: Document): void {
  for (const row of doc.querySelectorAll(`[${ATTR}]`)) row.removeAttribute(ATTR);
  doc.getElementById(STYLE_ID)?.remove();
}

/** Brings a row into view and outlines it for a moment, so the officer sees which one was meant. */
export function revealRow(row: Element): void {
  row.scrollIntoView({ block: 'center', behavior: 'smooth' });
  row.setAttribute(FOCUS_ATTR, '');
  setTimeout(() => row.removeAttribute(FOCUS_ATTR), 2500);
}
