import { adaptersFor } from './adapters/registry';
import { readTaughtList } from './recipes/read-columns';
import { applyRecipe, recipeFor } from './recipes/read-fields';
import type { Recipe } from './recipes/types';
import type { Adapter, DossierReading, DossierSummary, ListRow } from './types';

export type * from './types';

const NONE: DossierReading = { adapter: null, dossier: null, missing: [] };

/**
 * The first reading an adapter claiming the page makes, most specific first: a site's own adapter that reads
 * nothing (its markup changed, a page it does not know) leaves the page to the generic reader, never to nothing.
 * A broken adapter is passed over like one that read nothing.
 */
function firstReading<T>(
  doc: Document,
  url: string,
  read: (adapter: Adapter) => T,
  found: (t: T) => boolean,
  none: T,
): T {
  let adapters: Adapter[];
  try {
    adapters = adaptersFor(url, doc);
  } catch {
    return none;
  }
  for (const adapter of adapters) {
    try {
      const reading = read(adapter);
      if (found(reading)) return reading;
    } catch {
      // A broken or hostile page: the next adapter may still read it.
    }
  }
  return none;
}

/** Reads the dossier shown on a page. Never throws: a broken or hostile page yields "no dossier". */
export const readDossier = (doc: Document, url: string): DossierReading =>
  firstReading(
    doc,
    url,
    (adapter) => adapter.readDossier(doc),
    (r) => r.dossier !== null,
    NONE,
  );

/** Rows of a dossier list page with the element each was read from (for flagging rows). Never throws. */
export const readListRows = (doc: Document, url: string): ListRow[] =>
  firstReading(
    doc,
    url,
    (adapter) => adapter.readList(doc),
    (rows) => rows.length > 0,
    [],
  );

/** The dossiers of a list page. Never throws. */
export function readDossierList(doc: Document, url: string): DossierSummary[] {
  return readListRows(doc, url).map((r) => r.summary);
}

/** A page as the sidebar reads it: the dossier shown, or the rows of a list (empty on a dossier page). */
export interface PageReading {
  reading: DossierReading;
  rows: ListRow[];
}

/**
 * Reads a page with the recipes officers taught over the built-in readers: a taught field or column wins where it
 * finds a value, and where it finds none the built-in reading stands (`reading.taught` says which). Never throws.
 */
export function readTaughtPage(doc: Document, url: string, recipes: readonly Recipe[]): PageReading {
  const builtIn = readDossier(doc, url);
  const recipe = recipeFor(recipes, url);
  try {
    const reading = recipe ? applyRecipe(builtIn, doc, recipe) : builtIn;
    if (reading.dossier) return { reading, rows: [] };
    const rows = readListRows(doc, url);
    if (!recipe || !reading.taught) return { reading, rows };
    const list = readTaughtList(doc, recipe, rows);
    return {
      reading: { ...reading, taught: { ...reading.taught, staleColumns: list.stale } },
      rows: list.rows ?? rows,
    };
  } catch {
    // A recipe never breaks the sidebar: the page is read as if nothing had been taught.
    return { reading: builtIn, rows: builtIn.dossier ? [] : readListRows(doc, url) };
  }
}
