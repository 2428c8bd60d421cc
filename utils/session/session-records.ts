import type { Dossier, DossierKind, DossierStatus, Gender, Person } from '../dossier/types';
import type { ManualEntry, ManualEntryKey } from '../manual-entry/manual-entry';
import { COURTESY_ACTS } from '../register/register-repair';
import type { CourtesyAct } from '../scripts/types';

/**
 * What is kept for one dossier in the browser session: the officer's corrections (`manual`), the "4 xin" ticked
 * (`courtesy`) and the dossier as read on its own page (`dossier`, for batch letters from a list).
 */
export type SessionKind = 'manual' | 'courtesy' | 'dossier';
export const SESSION_KINDS: readonly SessionKind[] = ['manual', 'courtesy', 'dossier'];

/** A dossier is known by its code, or by its page address when no code was read. */
export const MAX_DOSSIER_KEY_LENGTH = 2000;

export const isSessionKind = (value: unknown): value is SessionKind =>
  typeof value === 'string' && (SESSION_KINDS as readonly string[]).includes(value);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, max = 5000): value is string => typeof value === 'string' && value.length <= max;
const optionalText = (value: unknown, max = 5000) => value === undefined || text(value, max);

const DOSSIER_KINDS: readonly DossierKind[] = ['birth', 'marriage', 'death', 'other'];
const STATUSES: readonly DossierStatus[] = [
  'new',
  'received',
  'processing',
  'supplement',
  'paused',
  'rejected',
  'result-ready',
  'returned',
  'withdrawn',
  'overdue',
  'unknown',
];
const GENDERS: readonly Gender[] = ['male', 'female'];

/** Every field an officer may correct, and the values a field of choices may take (the rest are free text). */
const MANUAL_FIELDS: Readonly<Record<ManualEntryKey, readonly string[] | null>> = {
  code: null,
  procedureName: null,
  kind: DOSSIER_KINDS,
  applicantName: null,
  applicantGender: GENDERS,
  applicantPhone: null,
  applicantEmail: null,
  receivedAt: null,
  dueAt: null,
  status: STATUSES,
  registeredAt: null,
  childName: null,
  childBirthDate: null,
  spouse1Name: null,
  spouse2Name: null,
  deceasedName: null,
  deceasedGender: GENDERS,
  deceasedBirthDate: null,
  deceasedDeathDate: null,
};

/** A record read back: its value in a shape the sidebar can use (null when nothing usable is left) and whether it was broken. */
export interface CheckedRecord<T> {
  value: T | null;
  broken: boolean;
}

function manualEntry(value: unknown): CheckedRecord<ManualEntry> {
  if (!isRecord(value)) return { value: null, broken: true };
  const entry: ManualEntry = {};
  let broken = false;
  for (const [key, field] of Object.entries(value)) {
    const choices = Object.hasOwn(MANUAL_FIELDS, key) ? MANUAL_FIELDS[key as ManualEntryKey] : undefined;
    if (choices === undefined || !text(field, 500)) broken = true;
    else if (choices !== null && !choices.includes(field)) broken = true;
    else Object.assign(entry, { [key]: field });
  }
  return { value: entry, broken };
}

function courtesy(value: unknown): CheckedRecord<CourtesyAct[]> {
  if (!Array.isArray(value)) return { value: [], broken: true };
  const acts = COURTESY_ACTS.filter((act) => value.includes(act));
  return { value: acts, broken: acts.length !== value.length };
}

const isPerson = (value: unknown): value is Person =>
  isRecord(value) &&
  text(value.name, 500) &&
  optionalText(value.birthDate, 60) &&
  (value.gender === undefined || (GENDERS as readonly unknown[]).includes(value.gender));

const isDossier = (value: unknown): value is Dossier =>
  isRecord(value) &&
  text(value.code, 200) &&
  value.code !== '' &&
  text(value.procedureName) &&
  (DOSSIER_KINDS as readonly unknown[]).includes(value.kind) &&
  (STATUSES as readonly unknown[]).includes(value.status) &&
  text(value.statusText, 500) &&
  isRecord(value.applicant) &&
  text(value.applicant.name, 500) &&
  ['receivedAt', 'dueAt', 'completedAt', 'registeredAt', 'field'].every((key) => optionalText(value[key], 200)) &&
  (value.child === undefined || isPerson(value.child)) &&
  (value.deceased === undefined ||
    (isPerson(value.deceased) && optionalText((value.deceased as { deathDate?: unknown }).deathDate, 60))) &&
  (value.spouses === undefined || (Array.isArray(value.spouses) && value.spouses.every(isPerson)));

/** One stored record checked for its kind; a record of another shape is never handed to the sidebar as it is. */
export function checkRecord(kind: SessionKind, value: unknown): CheckedRecord<unknown> {
  switch (kind) {
    case 'manual':
      return manualEntry(value);
    case 'courtesy':
      return courtesy(value);
    case 'dossier':
      return isDossier(value) ? { value, broken: false } : { value: null, broken: true };
  }
}

/** The notice for records that had to be put right; it names no dossier and no citizen. */
export const brokenRecordsNotice = (count: number) =>
  `${count} bản ghi trong phiên làm việc (phần nhập tay, “4 xin”) bị hỏng nên đã được đặt lại; anh/chị kiểm tra lại phần nhập tay nếu cần.`;
