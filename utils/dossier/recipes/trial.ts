import { hostOf } from '../adapters/select';
import { acceptsValue, shownText } from './find';
import { cellOf, type HeaderIndex, rowsOfColumn } from './read-columns';
import { readTaughtFields } from './read-fields';
import { RECIPE_FIELDS, type Recipe, type RecipeField } from './types';

/**
 * A recipe tried on an open page, for the options page's "Thử trên trang đang mở". Values are what the page shows;
 * they travel in memory to the options page and are never stored.
 */
export interface RecipeTrial {
  url: string;
  /** The page is on the recipe's host (a recipe only ever applies there). */
  sameHost: boolean;
  fields: Array<{ field: RecipeField; value?: string }>;
  /** Each taught column: how many rows it reads a value in, and the first value. */
  columns: Array<{ field: RecipeField; rows: number; first?: string }>;
}

export function tryRecipe(doc: Document, url: string, recipe: Recipe): RecipeTrial {
  const { found } = readTaughtFields(doc, recipe);
  const fields = RECIPE_FIELDS.filter((f) => recipe.fields[f]).map((field) => ({ field, value: found[field] }));
  const headers: HeaderIndex = new Map();
  const columns = RECIPE_FIELDS.flatMap((field) => {
    const locator = recipe.columns[field];
    if (!locator) return [];
    // Each column alone: a trial says which of them still matches, whether or not the code column does.
    const values = rowsOfColumn(doc, locator)
      .map((row) => {
        const cell = cellOf(row, locator, headers);
        return cell ? shownText(cell) : '';
      })
      .filter((text) => acceptsValue(field, text));
    return [{ field, rows: values.length, first: values[0] }];
  });
  return { url, sameHost: hostOf(url) === recipe.host, fields, columns };
}
