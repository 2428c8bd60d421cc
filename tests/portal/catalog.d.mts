import type { DossierField, DossierKind, DossierStatus, Gender } from '../../utils/dossier/types';

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
  receivedOffsetDays: number;
  /** Absent when the page has no readable due date. */
  dueOffsetDays?: number;
  child?: ExpectedPerson;
  spouses?: ExpectedPerson[];
  deceased?: ExpectedPerson;
  /** What the reader must report missing (empty when the page shows everything). */
  missing: DossierField[];
}

export interface PortalPage {
  path: string;
  file: string;
  title: string;
  adapter: 'igate' | 'civil-status' | 'generic' | null;
  expected: ExpectedDossier | null;
  list?: { rows: number };
}

export const CATALOG: PortalPage[];
