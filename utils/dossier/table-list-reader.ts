import { looksLikeDossierCode } from './code';
import { parseVietnameseDate } from './dates';
import { classifyKind } from './kind';
import { LABEL_INDEX, type LabelField } from './labels';
import { mapStatus } from './status';
import { cleanValue, normaliseLabel } from './text';
import type { ListRow } from './types';

const MAX_ROWS = 5000;

/** Column index of each known field, from the table's header cells. */
function columnsOf(table: HTMLTableElement): Partial<Record<LabelField, number>> {
  const header = table.tHead?.rows[0] ?? table.rows[0];
  const columns: Partial<Record<LabelField, number>> = {};
  if (!header) return columns;
  Array.from(header.cells).forEach((cell, index) => {
    const field = LABEL_INDEX.get(normaliseLabel(cell.textContent ?? ''));
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

/**
 * Reads a dossier list table whose header names its columns ("Mã hồ sơ", "Tên thủ tục", "Ngày hẹn trả"…).
 * Rows without a valid dossier code are skipped (group headers, empty-state rows).
 */
export function readTableList(table: HTMLTableElement, rowSelector = 'tbody tr'): ListRow[] {
  const columns = columnsOf(table);
  if (columns.code === undefined) return [];
  const cellText = (row: HTMLTableRowElement, field: LabelField) => {
    const index = columns[field];
    return index === undefined ? '' : cleanValue(row.cells[index]?.textContent ?? '');
  };
  const rows: ListRow[] = [];
  for (const row of Array.from(table.querySelectorAll<HTMLTableRowElement>(rowSelector)).slice(0, MAX_ROWS)) {
    const code = cellText(row, 'code');
    if (!looksLikeDossierCode(code)) continue;
    const procedureName = cellText(row, 'procedureName');
    const statusText = cellText(row, 'status');
    const receivedAt = parseVietnameseDate(cellText(row, 'receivedAt'));
    const dueAt = parseVietnameseDate(cellText(row, 'dueAt'));
    rows.push({
      row,
      summary: {
        code,
        procedureName,
        kind: classifyKind(procedureName),
        status: mapStatus(statusText),
        statusText,
        applicantName: cellText(row, 'applicantName'),
        ...(receivedAt && { receivedAt }),
        ...(dueAt && { dueAt }),
      },
    });
  }
  return rows;
}
