import type { DossierField, DossierKind, DossierStatus, Gender } from '../../utils/dossier/types';

/**
 * Which real system a page is modelled on (tests/portal/SOURCES.md lists what was read for each); `mock` pages are
 * the team's own inventions from before the families.
 */
export type PortalFamily = 'mock' | 'opencps' | 'motcua-php' | 'vnpt-igate' | 'hotich';

/** A person on the record; dates as whole days from today (Vietnam). */
export interface ExpectedPerson {
  name: string;
  gender?: Gender;
  birthOffsetDays?: number;
  deathOffsetDays?: number;
}

export interface ExpectedDossier {
  /** May hold render tokens such as {{yymmdd:-1}}: render it with renderPage before comparing. */
  code: string;
  kind: DossierKind;
  procedureName: string;
  status: DossierStatus;
  statusText: string;
  applicantName: string;
  applicantGender?: Gender;
  /** Absent when the page shows no reception date. */
  receivedOffsetDays?: number;
  /** Absent when the page has no readable due date. */
  dueOffsetDays?: number;
  child?: ExpectedPerson;
  spouses?: ExpectedPerson[];
  deceased?: ExpectedPerson;
  /** What the reader must report missing (empty when the page shows everything). */
  missing: DossierField[];
}

/** One dossier row of a list page, with what its deadline mark depends on. */
export interface ExpectedRow {
  /** As the row shows it; may hold render tokens. */
  code: string;
  /** Absent when the row shows no due date: no mark. */
  dueOffsetDays?: number;
  /** HH:mm when the row shows a due time, so the level can be computed to the minute. */
  dueTime?: string;
  status: DossierStatus;
  /** Result returned, rejected or withdrawn: no mark whatever the date says. */
  finished: boolean;
}

export interface PortalPage {
  path: string;
  file: string;
  title: string;
  family: PortalFamily;
  adapter: 'igate' | 'civil-status' | 'generic' | null;
  expected: ExpectedDossier | null;
  list?: { rows: number; items?: ExpectedRow[] };
  /** The page fills some values from its own inline script (input.value only): run it before reading. */
  scripts?: boolean;
}

export const CATALOG: PortalPage[];
