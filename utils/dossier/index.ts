import { ADAPTERS } from './adapters/registry';
import type { Adapter, DossierReading, DossierSummary, ListRow } from './types';

export type * from './types';

const NONE: DossierReading = { adapter: null, dossier: null, missing: [] };

/**
 * The adapter for a page: the first that claims its URL, most specific first. A page a specific adapter claims is
 * read by it alone, so the generic reader never scans a big known page (a list) a second time.
 */
function adapterFor(doc: Document, url: string): Adapter | undefined {
  return ADAPTERS.find((adapter) => {
    try {
      return adapter.matches(url, doc);
    } catch {
      return false;
    }
  });
}

/** Reads the dossier shown on a page. Never throws: a broken or hostile page yields "no dossier". */
export function readDossier(doc: Document, url: string): DossierReading {
  try {
    return adapterFor(doc, url)?.readDossier(doc) ?? NONE;
  } catch {
    return NONE;
  }
}

/** Rows of a dossier list page with the element each was read from (for flagging rows). */
export function readListRows(doc: Document, url: string): ListRow[] {
  try {
    return adapterFor(doc, url)?.readList(doc) ?? [];
  } catch {
    return [];
  }
}

export function readDossierList(doc: Document, url: string): DossierSummary[] {
  return readListRows(doc, url).map((r) => r.summary);
}
