import type { Repaired } from '../settings/repair';
import { type ApologyBook, type BookEntry, EMPTY_BOOK, type SlipRequest } from './apology-book';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number, min = 1): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isDay = (value: unknown): value is string => typeof value === 'string' && ISO_DAY.test(value);
const YEAR = /^\d{4}$/;

/** What one slip request may carry, from a print page to the background. */
export function isSlipRequest(value: unknown): value is SlipRequest {
  return (
    isRecord(value) &&
    isText(value.request, 200) &&
    isText(value.dossierCode, 200) &&
    isText(value.reason, 2000, 0) &&
    (value.newReturnDate === '' || isDay(value.newReturnDate)) &&
    (value.reprint === undefined || isText(value.reprint, 100))
  );
}

function isBookEntry(value: unknown): value is BookEntry {
  return (
    isRecord(value) &&
    isText(value.request, 200) &&
    isText(value.dossierCode, 200) &&
    isText(value.number, 100) &&
    isDay(value.issuedOn) &&
    (value.newReturnDate === '' || isDay(value.newReturnDate)) &&
    isText(value.reason, 2000, 0)
  );
}

/** Only the fields an entry has: whatever else a broken write left is not carried on. */
const entryOf = ({ request, dossierCode, number, issuedOn, newReturnDate, reason }: BookEntry): BookEntry => ({
  request,
  dossierCode,
  number,
  issuedOn,
  newReturnDate,
  reason,
});

/**
 * The apology book as stored, whatever its shape: broken slips and counters are left out and counted in a notice.
 * A year's counter never goes back below the slips kept for that year, so a broken counter never hands out a
 * number already printed.
 */
export function repairApologyBook(stored: unknown): Repaired<ApologyBook> {
  if (stored === undefined || stored === null) return { value: EMPTY_BOOK, problems: [] };
  const record = isRecord(stored) ? stored : {};
  let dropped = isRecord(stored) ? 0 : 1;
  const listed = Array.isArray(record.slips) ? record.slips : [];
  if (record.slips !== undefined && !Array.isArray(record.slips)) dropped += 1;
  const slips = listed.filter(isBookEntry).map(entryOf);
  dropped += listed.length - slips.length;

  const lastNumber: Record<string, number> = {};
  const counters = isRecord(record.lastNumber) ? record.lastNumber : {};
  if (record.lastNumber !== undefined && !isRecord(record.lastNumber)) dropped += 1;
  for (const [year, last] of Object.entries(counters)) {
    if (YEAR.test(year) && Number.isSafeInteger(last) && (last as number) >= 0) lastNumber[year] = last as number;
    else dropped += 1;
  }
  const issued = new Map<string, number>();
  for (const slip of slips) issued.set(slip.issuedOn.slice(0, 4), (issued.get(slip.issuedOn.slice(0, 4)) ?? 0) + 1);
  for (const [year, count] of issued) lastNumber[year] = Math.max(lastNumber[year] ?? 0, count);
  return {
    value: { slips, lastNumber },
    problems:
      dropped > 0
        ? [
            `Sổ phiếu xin lỗi có ${dropped} mục bị hỏng nên đã được bỏ qua; số phiếu mới vẫn tiếp nối, không trùng số đã in.`,
          ]
        : [],
  };
}
