import { distinctCodes } from './code';
import { parseVietnameseDate } from './dates';
import { textUpTo } from './dom-text';
import { parseGender } from './gender';
import { idNumberOf } from './id-number';
import { classifyKind } from './kind';
import { type LabelPairs, type LabelReading, shownTitle } from './label-reader';
import { readLists } from './list-reader';
import { missingFields } from './missing';
import { sentenceCase } from './procedure-name';
import { mapStatus } from './status';
import type { Applicant, Deceased, Dossier, DossierReading, Person } from './types';

const NONE: DossierReading = { adapter: null, dossier: null, missing: [] };

/** Drops absent and empty fields, so a Dossier only carries what the page showed. */
const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;

/** A person's dates are days: a time shown with them ("21 giờ 15 phút, ngày 22 tháng 11 năm 2026") is dropped. */
const dayOf = (value: string | undefined) => parseVietnameseDate(value)?.slice(0, 10);

/** A person from their own section, with the page's explicit labels ("Họ tên trẻ") taking precedence. */
function person(
  section: LabelPairs,
  name: string | undefined,
  birthDate?: string,
  gender?: string,
): Person | undefined {
  const personName = name ?? section.personName;
  if (!personName) return undefined;
  return compact({
    name: personName,
    gender: parseGender(gender ?? section.gender),
    birthDate: dayOf(birthDate ?? section.birthDate),
  });
}

function applicantOf({ all, record, subjects }: LabelReading): Applicant {
  const own = subjects.applicant ?? {};
  // Contacts outside anyone's section are the applicant's; a parent's or witness's never are.
  const pick = (field: keyof LabelPairs) => own[field] ?? record[field];
  return {
    name: all.applicantName ?? own.personName ?? '',
    ...compact({
      gender: parseGender(all.applicantGender ?? own.gender),
      idNumber: idNumberOf(pick('idNumber')),
      phone: pick('phone'),
      email: pick('email'),
      address: pick('address'),
    }),
  };
}

// Enough of a page's text to find a code near its top, whatever the page's size, read in growing windows: a list
// shows two different codes in its first rows, so its scan stops there, and a detail page is short.
const PAGE_TEXT_WINDOWS = [8_000, 64_000, 300_000];

/** The one code of a known shape in a page's text; undefined when there is none, or several. */
function oneCodeShown(root: Element): string | undefined {
  for (const size of PAGE_TEXT_WINDOWS) {
    const text = textUpTo(root, size);
    const codes = distinctCodes(text, 2);
    if (codes.length > 1) return undefined;
    // The whole text was read (textUpTo gives one character more when there is more), or the last window.
    if (text.length <= size || size === PAGE_TEXT_WINDOWS.at(-1)) return codes[0];
  }
  return undefined;
}

/** The code a page shows by its label, else the one code of a known shape in its text, unless that is a list row. */
function codeOf(all: LabelPairs, root: Element): string | undefined {
  if (all.code) return all.code;
  const code = oneCodeShown(root);
  // A list of one dossier (a search result) is a list page: its one code is a row's, not the page's dossier.
  return code && readLists(root).some((r) => r.summary.code === code) ? undefined : code;
}

/**
 * Turns what a page showed into a Dossier. A page is a dossier page when it shows a code (by label, or the one code
 * in the text of `root`) plus a procedure or an applicant; anything else absent or unreadable is in `missing`. A
 * procedure name the page writes in capitals is given in sentence case.
 */
export function buildDossier(adapter: string, reading: LabelReading, root: Element): DossierReading {
  const { all, subjects } = reading;
  // A procedure by its label, else the line that names one (a heading) with a labelled code beside it (a list's
  // title has none, and scanning a long list for one code would be slow); an applicant by label or their section.
  const named = all.procedureName ?? (all.code ? shownTitle(reading) : undefined);
  if (!(named || all.applicantName || subjects.applicant?.personName)) return NONE;
  const code = codeOf(all, root);
  if (!code) return NONE;
  const procedureName = named ? sentenceCase(named) : '';
  const kind = classifyKind(procedureName);
  const statusText = all.status ?? '';
  const dossier: Dossier = {
    code,
    procedureName,
    kind,
    status: statusText ? mapStatus(statusText) : 'unknown',
    statusText,
    applicant: applicantOf(reading),
    ...compact({
      receivedAt: parseVietnameseDate(all.receivedAt),
      dueAt: parseVietnameseDate(all.dueAt),
      completedAt: parseVietnameseDate(all.completedAt),
      field: all.field,
    }),
  };
  if (kind === 'birth') {
    const child = person(subjects.child ?? {}, all.childName, all.childBirthDate, all.childGender);
    if (child) dossier.child = child;
  }
  if (kind === 'marriage') {
    // Husband first, then wife (bên nam, bên nữ), whatever order the page shows them in: the civil-status forms and
    // the letters name them so.
    const spouses = [person(subjects.husband ?? {}, all.husbandName), person(subjects.wife ?? {}, all.wifeName)].filter(
      (p): p is Person => p !== undefined,
    );
    if (spouses.length > 0) dossier.spouses = spouses;
  }
  if (kind === 'death') {
    const section = subjects.deceased ?? {};
    const deceased = person(section, all.deceasedName);
    if (deceased) {
      dossier.deceased = compact<Deceased>({
        ...deceased,
        deathDate: dayOf(all.deathDate ?? section.deathDate),
      });
    }
  }
  return { adapter, dossier, missing: missingFields(dossier) };
}
