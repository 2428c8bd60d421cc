import type { DossierKind } from '../dossier/types';
import { LETTER_KINDS } from '../letters/kinds';
import type { CourtesyAct } from '../scripts/types';
import type { Repaired } from '../settings/repair';
import type { CourtesyTotals, DossierOutcome, LetterRecord, Register, SeenRecord } from './register-types';

/** The register is bounded: past these sizes the oldest entries go first (a busy ward sees ~2,000 dossiers a month). */
export const MAX_LETTER_RECORDS = 10_000;
export const MAX_SEEN_RECORDS = 30_000;

export const EMPTY_REGISTER: Register = { letters: [], seen: [], courtesy: {} };

const DOSSIER_KINDS: readonly DossierKind[] = ['birth', 'marriage', 'death', 'other'];
const OUTCOMES: readonly DossierOutcome[] = ['open', 'on-time', 'late'];
export const COURTESY_ACTS: readonly CourtesyAct[] = ['greeted', 'askedPermission', 'thanked', 'apologised'];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max = 200): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;
const oneOf = <T extends string>(choices: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (choices as readonly string[]).includes(value);

export function isLetterRecord(value: unknown): value is LetterRecord {
  return (
    isRecord(value) &&
    isText(value.id) &&
    isText(value.printedAt, 40) &&
    !Number.isNaN(Date.parse(value.printedAt)) &&
    oneOf(LETTER_KINDS, value.kind) &&
    (value.dossierCode === undefined || isText(value.dossierCode)) &&
    (value.note === undefined || isText(value.note, 500))
  );
}

export function isSeenRecord(value: unknown): value is SeenRecord {
  return (
    isRecord(value) &&
    typeof value.month === 'string' &&
    MONTH.test(value.month) &&
    isText(value.code) &&
    oneOf(DOSSIER_KINDS, value.kind) &&
    oneOf(OUTCOMES, value.outcome)
  );
}

/** Only the fields a record has: whatever else a broken write left is not carried on. */
const letterOf = ({ id, printedAt, kind, dossierCode, note }: LetterRecord): LetterRecord => ({
  id,
  printedAt,
  kind,
  ...(dossierCode !== undefined && { dossierCode }),
  ...(note !== undefined && { note }),
});
const seenOf = ({ month, code, kind, outcome }: SeenRecord): SeenRecord => ({ month, code, kind, outcome });

function courtesyOf(value: unknown): { totals: CourtesyTotals; dropped: number } {
  if (!isRecord(value)) return { totals: {}, dropped: value === undefined ? 0 : 1 };
  const totals: CourtesyTotals = {};
  let dropped = 0;
  for (const [month, counts] of Object.entries(value)) {
    if (!MONTH.test(month) || !isRecord(counts)) {
      dropped += 1;
      continue;
    }
    const kept: Partial<Record<CourtesyAct, number>> = {};
    for (const [act, count] of Object.entries(counts)) {
      if (oneOf(COURTESY_ACTS, act) && Number.isSafeInteger(count) && (count as number) >= 0)
        kept[act] = count as number;
      else dropped += 1;
    }
    totals[month] = kept;
  }
  return { totals, dropped };
}

/** The newest `max` entries, by `at`, in their stored order. */
function newest<T>(items: T[], max: number, at: (item: T) => string): T[] {
  if (items.length <= max) return items;
  const cutoff = items.map(at).sort()[items.length - max] ?? '';
  // Of the entries at the cutoff itself, the ones written last stay.
  let tiesToDrop =
    items.filter((item) => at(item) > cutoff).length + items.filter((item) => at(item) === cutoff).length - max;
  return items.filter((item) => {
    const when = at(item);
    if (when > cutoff) return true;
    if (when < cutoff) return false;
    if (tiesToDrop > 0) {
      tiesToDrop -= 1;
      return false;
    }
    return true;
  });
}

/** The register within its size bounds, oldest entries dropped first. */
export function bounded(register: Register): Register {
  return {
    letters: newest(register.letters, MAX_LETTER_RECORDS, (r) => r.printedAt),
    seen: newest(register.seen, MAX_SEEN_RECORDS, (r) => r.month),
    courtesy: register.courtesy,
  };
}

/**
 * The register as stored, whatever its shape: broken entries (null, wrong fields, a string for a list) are left
 * out and counted in a notice; the good ones are kept. Never throws.
 */
export function repairRegister(stored: unknown): Repaired<Register> {
  if (stored === undefined || stored === null) return { value: EMPTY_REGISTER, problems: [] };
  const record = isRecord(stored) ? stored : {};
  let dropped = isRecord(stored) ? 0 : 1;
  const list = (value: unknown): unknown[] => {
    if (Array.isArray(value)) return value;
    if (value !== undefined) dropped += 1;
    return [];
  };
  const letters = list(record.letters);
  const seen = list(record.seen);
  const goodLetters = letters.filter(isLetterRecord).map(letterOf);
  const goodSeen = seen.filter(isSeenRecord).map(seenOf);
  const courtesy = courtesyOf(record.courtesy);
  dropped += letters.length - goodLetters.length + seen.length - goodSeen.length + courtesy.dropped;
  return {
    value: bounded({ letters: goodLetters, seen: goodSeen, courtesy: courtesy.totals }),
    problems:
      dropped > 0
        ? [`Sổ theo dõi có ${dropped} mục bị hỏng nên đã được bỏ qua; các mục còn lại vẫn được tính trong báo cáo.`]
        : [],
  };
}
