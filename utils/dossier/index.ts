import { adapterFor } from './adapters/registry';
import { readTaughtList } from './recipes/read-columns';
import { applyRecipe, recipeFor } from './recipes/read-fields';
import type { Recipe } from './recipes/types';
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
