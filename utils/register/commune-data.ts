import { type DeskFile, type DeskMonth, parseDeskFile } from './desk-file';

/**
 * The team lead's combination of desk files: each desk (by its id) and its months. A month is keyed by desk id and
 * month, so importing the same desk's month again replaces it and never counts it twice.
 */

/** One month of one desk as imported, with the export time of the file it came from. */
export type StoredMonth = Omit<DeskMonth, 'month'> & { exportedAt: string };

export interface StoredDesk {
  id: string;
  /** The name in the newest file imported for this desk. */
  name: string;
  /** Export time of that newest file. */
  exportedAt: string;
  months: Record<string, StoredMonth>;
}

export interface CommuneData {
  desks: Record<string, StoredDesk>;
}

export const EMPTY_COMMUNE: CommuneData = { desks: {} };

/** What one import did, for the team lead to read. */
export interface MergeOutcome {
  deskId: string;
  deskName: string;
  /** Months new to this desk. */
  added: string[];
  /** Months already there, replaced with other figures. */
  replaced: string[];
  /** Months already there with the same figures. */
  unchanged: string[];
  /** Months kept as they were because the stored ones come from a newer file. */
  keptNewer: string[];
  /** Another desk (another id) already has this name. */
  sameNameAs: string[];
}

/** JSON with keys in order at every level, so that two equal months compare equal however they were built. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

const sameFigures = ({ exportedAt: _a, ...a }: StoredMonth, { exportedAt: _b, ...b }: StoredMonth) =>
  canonical(a) === canonical(b);

/**
 * Adds a desk file to the combination. Month by month: a new month is added; a month already there is replaced by a
 * file exported at the same time or later (an earlier file cannot undo a later one: a month re-sent at its end
 * beats the copy sent in its middle). The data given is never changed; unchanged data comes back as the same
 * object, so a caller can skip the write.
 */
export function mergeDeskFile(data: CommuneData, file: DeskFile): { data: CommuneData; outcome: MergeOutcome } {
  const { id, name } = file.desk;
  const before = data.desks[id];
  const outcome: MergeOutcome = {
    deskId: id,
    deskName: name,
    added: [],
    replaced: [],
    unchanged: [],
    keptNewer: [],
    sameNameAs: Object.values(data.desks)
      .filter((desk) => desk.id !== id && desk.name.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'))
      .map((desk) => desk.id),
  };
  const months: Record<string, StoredMonth> = { ...before?.months };
  let changed = !before;
  for (const { month, ...counts } of file.months) {
    const incoming: StoredMonth = { ...counts, exportedAt: file.exportedAt };
    const stored = months[month];
    if (!stored) {
      outcome.added.push(month);
    } else if (Date.parse(stored.exportedAt) > Date.parse(file.exportedAt)) {
      outcome.keptNewer.push(month);
      continue;
    } else if (sameFigures(stored, incoming)) {
      outcome.unchanged.push(month);
      if (stored.exportedAt === incoming.exportedAt) continue;
    } else {
      outcome.replaced.push(month);
    }
    months[month] = incoming;
    changed = true;
  }
  const newest = !before || Date.parse(file.exportedAt) >= Date.parse(before.exportedAt);
  if (newest && before && (before.name !== name || before.exportedAt !== file.exportedAt)) changed = true;
  if (!changed) return { data, outcome };
  const desk: StoredDesk = {
    id,
    name: newest ? name : (before?.name ?? name),
    exportedAt: newest ? file.exportedAt : (before?.exportedAt ?? file.exportedAt),
    months,
  };
  return { data: { desks: { ...data.desks, [id]: desk } }, outcome };
}

/** Every month any desk has, oldest first. */
export function communeMonths(data: CommuneData): string[] {
  const months = new Set<string>();
  for (const desk of Object.values(data.desks)) for (const month of Object.keys(desk.months)) months.add(month);
  return [...months].sort();
}

/** Drops one desk (a file imported by mistake). */
export function withoutDesk(data: CommuneData, deskId: string): CommuneData {
  const { [deskId]: _removed, ...desks } = data.desks;
  return { desks };
}

/** One file of an import, read or refused. */
export type ImportResult =
  | { fileName: string; ok: true; outcome: MergeOutcome }
  | { fileName: string; ok: false; errors: string[] };

/**
 * Several desk files at once (a file input with `multiple`, or a drop): each is read on its own, a refused file
 * changes nothing, the others are merged in turn.
 */
export function importDeskTexts(
  data: CommuneData,
  files: readonly { fileName: string; text: string }[],
): { data: CommuneData; results: ImportResult[] } {
  let current = data;
  const results = files.map(({ fileName, text }): ImportResult => {
    const parsed = parseDeskFile(text);
    if (!parsed.ok) return { fileName, ok: false, errors: parsed.errors };
    const merged = mergeDeskFile(current, parsed.file);
    current = merged.data;
    return { fileName, ok: true, outcome: merged.outcome };
  });
  return { data: current, results };
}

/** Stored data as this version reads it; anything else (a broken or foreign value) reads as empty. */
export function normalisedCommune(value: unknown): CommuneData {
  if (typeof value !== 'object' || value === null) return EMPTY_COMMUNE;
  const desks = (value as { desks?: unknown }).desks;
  if (typeof desks !== 'object' || desks === null || Array.isArray(desks)) return EMPTY_COMMUNE;
  return { desks: desks as Record<string, StoredDesk> };
}
