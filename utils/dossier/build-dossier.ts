import { findDossierCode } from './code';
import { parseVietnameseDate } from './dates';
import { classifyKind } from './kind';
import type { LabelPairs } from './label-reader';
import { missingFields } from './missing';
import { mapStatus } from './status';
import { stripDiacritics } from './text';
import type { Dossier, DossierReading, Gender, Person } from './types';

/** Subject sections of a civil-status form, already read label by label. */
export interface SubjectPairs {
  child?: LabelPairs;
  husband?: LabelPairs;
  wife?: LabelPairs;
  deceased?: LabelPairs;
}

export function parseGender(text: string | undefined): Gender | undefined {
  const plain = stripDiacritics(text ?? '')
    .toLowerCase()
    .trim();
  if (/^(nam|trai|ong)\b/.test(plain)) return 'male';
  if (/^(nu|gai|ba)\b/.test(plain)) return 'female';
  return undefined;
}

function person(pairs: LabelPairs | undefined, nameKeys: Array<keyof LabelPairs>): Person | undefined {
  if (!pairs) return undefined;
  const name = nameKeys.map((k) => pairs[k]).find(Boolean);
  return name ? { name, gender: parseGender(pairs.childGender) } : undefined;
}

const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;

/**
 * Turns what a page showed into a Dossier. It needs a code plus a procedure or an applicant, otherwise the page
 * is not a dossier page; everything else that is absent or unreadable is reported in `missing`.
 */
export function buildDossier(
  adapter: string,
  pairs: LabelPairs,
  subjects: SubjectPairs = {},
  pageText = '',
): DossierReading {
  const code = pairs.code ?? findDossierCode(pageText);
  if (!code || !(pairs.procedureName || pairs.applicantName)) return { adapter: null, dossier: null, missing: [] };
  const procedureName = pairs.procedureName ?? '';
  const kind = classifyKind(procedureName);
  const statusText = pairs.status ?? '';
  const dossier: Dossier = {
    code,
    procedureName,
    kind,
    status: statusText ? mapStatus(statusText) : 'unknown',
    statusText,
    applicant: compact({
      name: pairs.applicantName ?? '',
      gender: parseGender(pairs.applicantGender),
      idNumber: pairs.idNumber,
      phone: pairs.phone,
      email: pairs.email,
      address: pairs.address,
    }),
    ...compact({
      receivedAt: parseVietnameseDate(pairs.receivedAt),
      dueAt: parseVietnameseDate(pairs.dueAt),
      completedAt: parseVietnameseDate(pairs.completedAt),
      field: pairs.field,
    }),
  };
  if (kind === 'birth') {
    const source = subjects.child ?? pairs;
    const child = person(source, ['childName', 'personName']);
    if (child) dossier.child = compact({ ...child, birthDate: parseVietnameseDate(source.childBirthDate) });
  }
  if (kind === 'marriage') {
    const spouses = [
      person(subjects.husband, ['personName', 'husbandName']) ?? person(pairs, ['husbandName']),
      person(subjects.wife, ['personName', 'wifeName']) ?? person(pairs, ['wifeName']),
    ].filter((p): p is Person => p !== undefined);
    if (spouses.length > 0) dossier.spouses = spouses.map(compact);
  }
  if (kind === 'death') {
    const source = subjects.deceased ?? pairs;
    const deceased = person(source, ['deceasedName', 'personName']);
    if (deceased) dossier.deceased = compact({ ...deceased, deathDate: parseVietnameseDate(source.deathDate) });
  }
  return { adapter, dossier, missing: missingFields(dossier) };
}
