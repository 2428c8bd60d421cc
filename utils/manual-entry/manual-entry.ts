import { EMPTY_DOSSIER, missingFields } from '../dossier/missing';
import type { Dossier, DossierKind, DossierReading, DossierStatus, Gender } from '../dossier/types';
import { STATUS_LABEL } from './statuses';

/** What an officer typed to correct or complete a dossier. Empty strings mean "not entered". */
export interface ManualEntry {
  code?: string;
  procedureName?: string;
  kind?: DossierKind;
  applicantName?: string;
  /** Corrects the page, or a guess from the name. */
  applicantGender?: Gender;
  applicantPhone?: string;
  applicantEmail?: string;
  receivedAt?: string;
  dueAt?: string;
  /** The status the portal does not show yet (the result is ready, say). */
  status?: DossierStatus;
  /** A marriage's registration day: the planned day while the dossier is processed. */
  registeredAt?: string;
  childName?: string;
  childBirthDate?: string;
  spouse1Name?: string;
  spouse2Name?: string;
  deceasedName?: string;
  deceasedGender?: Gender;
  /** Tells a child ("cháu") from an adult. */
  deceasedBirthDate?: string;
  deceasedDeathDate?: string;
}

export type ManualEntryKey = keyof ManualEntry;

const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** The officer's entries win over what was read; untouched fields keep the page's values. */
export function applyManualEntry(reading: DossierReading, entry: ManualEntry | null): DossierReading {
  if (!entry || !Object.values(entry).some((v) => filled(v))) return reading;
  const base: Dossier = reading.dossier ?? EMPTY_DOSSIER;
  const dossier: Dossier = {
    ...base,
    applicant: { ...base.applicant },
    code: pick(entry.code, base.code),
    procedureName: pick(entry.procedureName, base.procedureName),
    kind: entry.kind ?? base.kind,
    receivedAt: pickOptional(entry.receivedAt, base.receivedAt),
    dueAt: pickOptional(entry.dueAt, base.dueAt),
    registeredAt: pickOptional(entry.registeredAt, base.registeredAt),
  };
  if (entry.status && entry.status !== base.status) {
    dossier.status = entry.status;
    dossier.statusText = STATUS_LABEL[entry.status];
  }
  if (entry.applicantGender) dossier.applicant.gender = entry.applicantGender;
  dossier.applicant.name = pick(entry.applicantName, base.applicant.name);
  dossier.applicant.phone = pickOptional(entry.applicantPhone, base.applicant.phone);
  dossier.applicant.email = pickOptional(entry.applicantEmail, base.applicant.email);
  if (filled(entry.childName) || filled(entry.childBirthDate)) {
    dossier.child = {
      ...base.child,
      name: pick(entry.childName, base.child?.name ?? ''),
      birthDate: pickOptional(entry.childBirthDate, base.child?.birthDate),
    };
  }
  if (filled(entry.spouse1Name) || filled(entry.spouse2Name)) {
    const [first, second] = base.spouses ?? [];
    dossier.spouses = [
      { ...first, name: pick(entry.spouse1Name, first?.name ?? '') },
      { ...second, name: pick(entry.spouse2Name, second?.name ?? '') },
    ];
  }
  if ([entry.deceasedName, entry.deceasedDeathDate, entry.deceasedBirthDate, entry.deceasedGender].some(filled)) {
    dossier.deceased = {
      ...base.deceased,
      name: pick(entry.deceasedName, base.deceased?.name ?? ''),
      gender: entry.deceasedGender ?? base.deceased?.gender,
      birthDate: pickOptional(entry.deceasedBirthDate, base.deceased?.birthDate),
      deathDate: pickOptional(entry.deceasedDeathDate, base.deceased?.deathDate),
    };
  }
  return { adapter: reading.adapter, dossier, missing: missingFields(dossier) };
}

function pick(entered: string | undefined, read: string): string {
  return filled(entered) ? entered.trim().normalize('NFC') : read;
}

function pickOptional(entered: string | undefined, read: string | undefined): string | undefined {
  return filled(entered) ? entered.trim().normalize('NFC') : read;
}

/** The entries that differ from what the page shows (trimmed), so untouched fields keep following the page. */
export function changedEntries(draft: ManualEntry, fromPage: ManualEntry): ManualEntry {
  const changes: ManualEntry = {};
  for (const key of Object.keys(draft) as ManualEntryKey[]) {
    const value = draft[key]?.trim() ?? '';
    if (value !== '' && value !== (fromPage[key]?.trim() ?? '')) Object.assign(changes, { [key]: value });
  }
  return changes;
}
