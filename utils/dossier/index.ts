import { ADAPTERS } from './adapters/registry';
import type { DossierReading, DossierSummary, ListRow } from './types';

export type * from './types';

const NONE: DossierReading = { adapter: null, dossier: null, missing: [] };

/**
 * Reads the dossier shown on a page. Tries the adapters that claim the URL, most specific first; never throws:
 * a broken or hostile page yields "no dossier".
 */
export function readDossier(doc: Document, url: string): DossierReading {
  for (const adapter of ADAPTERS) {
    try {
      if (!adapter.matches(url, doc)) continue;
      const reading = adapter.readDossier(doc);
      if (reading.dossier) return reading;
    } catch {
      // An adapter that trips on an odd page must not take the others down with it.
    }
  }
  return NONE;
}

/** Rows of a dossier list page with the element each was read from (for flagging rows). */
export function readListRows(doc: Document, url: string): ListRow[] {
  for (const adapter of ADAPTERS) {
    try {
      if (!adapter.matches(url, doc)) continue;
      const rows = adapter.readList(doc);
      if (rows.length > 0) return rows;
    } catch {
      // As above: fall through to the next adapter.
    }
  }
  return [];
}

export function readDossierList(doc: Document, url: string): DossierSummary[] {
  return readListRows(doc, url).map((r) => r.summary);
}
