/** The shapes every feature reads: a portal page becomes a Dossier through an adapter. */

import type { TaughtReading } from './recipes/types';

export type DossierKind = 'birth' | 'marriage' | 'death' | 'other';

/** One canonical status list; each site's wording is mapped onto it (see status.ts). */
export type DossierStatus =
  | 'new' // Mới đăng ký, chờ tiếp nhận
  | 'received' // Đã tiếp nhận, mới tiếp nhận
  | 'processing' // Đang xử lý, đang thẩm định
  | 'supplement' // Chờ bổ sung, yêu cầu bổ sung
  | 'paused' // Tạm dừng
  | 'rejected' // Từ chối, không đủ điều kiện
  | 'result-ready' // Đã có kết quả, chờ trả kết quả
  | 'returned' // Đã trả kết quả, hoàn thành
  | 'withdrawn' // Rút hồ sơ, đã hủy
  | 'overdue' // Quá hạn (as worded by the site itself)
  | 'unknown';

export type Gender = 'male' | 'female';

export interface Applicant {
  name: string;
  gender?: Gender;
  idNumber?: string;
  phone?: string;
  email?: string;
  address?: string;
}

export interface Person {
  name: string;
  gender?: Gender;
  birthDate?: string;
}

export interface Child extends Person {}

export interface Deceased extends Person {
  deathDate?: string;
}

/**
 * Dates are ISO strings in Vietnam time: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm:00+07:00` when the page shows a time.
 */
export interface Dossier {
  code: string;
  procedureName: string;
  kind: DossierKind;
  status: DossierStatus;
  /** The site's own wording of the status, for display. */
  statusText: string;
  applicant: Applicant;
  receivedAt?: string;
  dueAt?: string;
  completedAt?: string;
  /** The day the event is (to be) registered, as the officer entered it: a marriage's planned registration day. */
  registeredAt?: string;
  /** Lĩnh vực, when shown. */
  field?: string;
  child?: Child;
  spouses?: Person[];
  deceased?: Deceased;
}

/** Field names reported in `missing`, in the order the sidebar lists them. */
export type DossierField =
  | 'code'
  | 'procedureName'
  | 'applicant.name'
  | 'receivedAt'
  | 'dueAt'
  | 'status'
  | 'child.name'
  | 'child.birthDate'
  | 'spouses'
  | 'deceased.name'
  | 'deceased.deathDate';

export interface DossierReading {
  /** Id of the adapter that read the page ('recipe' when only a taught recipe did), or null when none did. */
  adapter: string | null;
  dossier: Dossier | null;
  missing: DossierField[];
  /** What the host's taught recipe read here, when it has one (see recipes/). */
  taught?: TaughtReading;
}

/** One row of a dossier list page. */
export interface DossierSummary {
  code: string;
  procedureName: string;
  kind: DossierKind;
  status: DossierStatus;
  statusText: string;
  applicantName: string;
  receivedAt?: string;
  dueAt?: string;
}

/** A list row with the element it was read from, so features can flag it on the page. */
export interface ListRow {
  row: Element;
  summary: DossierSummary;
}

/** The only code that knows a portal's DOM. The file name under adapters/ is the id. */
export interface Adapter {
  id: string;
  /** URLs this adapter was written for; used as negatives for the other adapters' detectors. */
  exampleUrls: string[];
  matches(url: string, doc: Document): boolean;
  readDossier(doc: Document): DossierReading;
  readList(doc: Document): ListRow[];
}
