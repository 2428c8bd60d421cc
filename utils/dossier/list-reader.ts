import { looksLikeDossierCode } from './code';
import { parseVietnameseDate } from './dates';
import { textUpTo } from './dom-text';
import { classifyKind } from './kind';
import { fieldOfLabel, type LabelField } from './labels';
import { mapStatus } from './status';
import { cleanValue, MAX_VALUE_LENGTH } from './text';
import type { ListRow } from './types';

const MAX_ROWS = 5_000;

/** Where a list's header and rows are: a `<table>` or a Material flex table of `mat-row`s. */
export interface ListShape {
  headerRow: readonly string[];
  rows: string;
}

// Direct children only: a table nested in a cell (attachments, history) is not part of the list.
export const TABLE_SHAPE: ListShape = {
  headerRow: [':scope > thead > tr', ':scope > tbody > tr'],
  rows: ':scope > tbody > tr',
};

/** Column index of each known field, from the header cells' label text. */
function columnsOf(header: Element): Partial<Record<LabelField, number>> {
  const columns: Partial<Record<LabelField, number>> = {};
  Array.from(header.children).forEach((cell, index) => {
    const field = fieldOfLabel(textUpTo(cell, 120));
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

/**
 * Reads a dossier list whose header names its columns ("Mã hồ sơ", "Tên thủ tục", "Ngày hẹn trả"…), in any order.
 * Rows without a dossier code are skipped (group headers, pagers, empty-state rows).
 */
export function readList(list: Element, shape: ListShape = TABLE_SHAPE): ListRow[] {
  const header = shape.headerRow.map((s) => list.querySelector(s)).find((el) => el !== null);
  if (!header) return [];
  const columns = columnsOf(header);
  if (columns.code === undefined) return [];
  const rows: ListRow[] = [];
  for (const row of Array.from(list.querySelectorAll(shape.rows)).slice(0, MAX_ROWS)) {
    const cells = row.children;
    const cell = (field: LabelField) => {
      const index = columns[field];
      const el = index === undefined ? undefined : cells[index];
      // Native textContent: a list has thousands of cells, and reading them is linear in the page anyway.
      return el ? cleanValue((el.textContent ?? '').slice(0, MAX_VALUE_LENGTH * 2)) : '';
    };
    const code = cell('code');
    if (!looksLikeDossierCode(code)) continue;
    const procedureName = cell('procedureName');
    const statusText = cell('status');
    const receivedAt = parseVietnameseDate(cell('receivedAt'));
    const dueAt = parseVietnameseDate(cell('dueAt'));
    rows.push({
      row,
      summary: {
        code,
        procedureName,
        kind: classifyKind(procedureName),
        status: mapStatus(statusText),
        statusText,
        applicantName: cell('applicantName'),
        ...(receivedAt && { receivedAt }),
        ...(dueAt && { dueAt }),
      },
    });
  }
  return rows;
}
