import type { DossierKind, DossierStatus } from '../../utils/dossier/types';

export interface ExpectedDossier {
  /** May hold render tokens such as {{yymmdd:-1}}: render it with renderPage before comparing. */
  code: string;
  kind: DossierKind;
  applicantName: string;
  receivedOffsetDays: number;
  /** Absent when the page has no readable due date. */
  dueOffsetDays?: number;
  status: DossierStatus;
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
