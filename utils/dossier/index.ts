import { adapterFor } from './adapters/registry';
import type { DossierReading, DossierSummary, ListRow } from './types';

export type * from './types';

const NONE: DossierReading = { adapter: null, dossier: null, missing: [] };

/** Reads the dossier shown on a page. Never throws: a broken or hostile page yields "no dossier". */
export function readDossier(doc: Document, url: string): DossierReading {
  try {
    return adapterFor(url, doc)?.readDossier(doc) ?? NONE;
  } catch {
    return NONE;
  }
}

/** Rows of a dossier list page with the element each was read from (for flagging rows). Never throws. */
export function readListRows(doc: Document, url: string): ListRow[] {
  try {
    return adapterFor(url, doc)?.readList(doc) ?? [];
  } catch {
    return [];
  }
}

/** The dossiers of a list page. Never throws. */
export function readDossierList(doc: Document, url: string): DossierSummary[] {
  return readListRows(doc, url).map((r) => r.summary);
}
