/**
 * Tables that set people side by side, one column each: the marriage form's "Thông tin | Bên nữ | Bên nam", a
 * birth record's "Người mẹ | Người cha". A label cell's row then holds one value per person.
 */
import { textUpTo } from './dom-text';
import { type Subject, subjectOfTitle } from './labels';
import { positioned } from './list-cells';
import { normaliseLabel } from './text';

/** A value cell of a label's row and whose column it is in. */
export interface PersonCell {
  cell: Element;
  subject: Subject;
}

const MAX_HEADER_TEXT = 80;

/**
 * The people a table's header row names, by column position; undefined unless two or more of its cells name one. A
 * section title spanning the table ("Thông tin người chết" over two columns) names one person however many columns
 * it spans: the rows under it are that person's label and value, not people side by side.
 */
function headerSubjects(table: Element): Array<Subject | undefined> | undefined {
  const head = table.querySelector(':scope > thead > tr, :scope > tbody > tr, :scope > tr');
  if (!head) return undefined;
  const cells = positioned(head);
  const subjects = cells.map((cell) => subjectOfTitle(normaliseLabel(textUpTo(cell, MAX_HEADER_TEXT))));
  const naming = new Set(cells.filter((_, i) => subjects[i] !== undefined));
  return naming.size >= 2 ? subjects : undefined;
}

/**
 * The value cells of a label cell's row, each with the person its column names, or undefined when the label is not
 * in such a table. `cache` keeps each table's answer for one reading of the page.
 */
export function personCells(
  label: Element,
  cache: WeakMap<Element, Array<Subject | undefined> | null>,
): PersonCell[] | undefined {
  if (label.localName !== 'th' && label.localName !== 'td') return undefined;
  const row = label.parentElement;
  const table = row?.closest('table');
  if (!row || !table) return undefined;
  let subjects = cache.get(table);
  if (subjects === undefined) {
    subjects = headerSubjects(table) ?? null;
    cache.set(table, subjects);
  }
  if (!subjects || row === table.querySelector('tr')) return undefined;
  const cells = positioned(row);
  const start = cells.indexOf(label);
  return cells.flatMap((cell, i) => {
    const subject = subjects[i];
    return i > start && subject && cells[i - 1] !== cell ? [{ cell, subject }] : [];
  });
}
