import { parseVietnameseDate } from '../dates';
import { classifyKind } from '../kind';
import { mapStatus } from '../status';
import type { DossierSummary } from '../types';
import type { ColumnLocator, FieldLocator, TaughtReading } from './types';

/**
 * The texts a recipe read, as the model's values: dates parsed, the kind and status worked out as the built-in
 * readers do. Only what was found, so it can be laid over a built-in reading.
 */
export function taughtValues(found: TaughtReading['found']): Partial<DossierSummary> {
  const values: Partial<DossierSummary> = {};
  if (found.code) values.code = found.code;
  if (found.procedureName) {
    values.procedureName = found.procedureName;
    values.kind = classifyKind(found.procedureName);
  }
  if (found.applicantName) values.applicantName = found.applicantName;
  const receivedAt = parseVietnameseDate(found.receivedAt);
  if (receivedAt) values.receivedAt = receivedAt;
  const dueAt = parseVietnameseDate(found.dueAt);
  if (dueAt) values.dueAt = dueAt;
  if (found.status) {
    values.statusText = found.status;
    values.status = mapStatus(found.status);
  }
  return values;
}

/** How a taught way finds its field, in the officer's words: "theo nhãn “Hẹn trả ngày”; dự phòng ô span#hen-tra". */
export function describeLocator(locator: FieldLocator | ColumnLocator): string {
  const label = 'label' in locator ? locator.label : undefined;
  const header = 'header' in locator ? locator.header : undefined;
  const parts = [
    label && `theo nhãn “${label}”`,
    header && `theo tiêu đề cột “${header}”`,
    locator.selector && (label || header ? `dự phòng ô ${locator.selector}` : `theo ô ${locator.selector}`),
  ];
  return parts.filter(Boolean).join('; ');
}
