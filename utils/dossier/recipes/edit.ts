import type { ColumnLocator, FieldLocator, Recipe, RecipeField, RecipeScope } from './types';

/** Recipes are edited as whole values (settings are saved whole): these return new lists, never change one. */

const KEY: Record<RecipeScope, 'fields' | 'columns'> = { dossier: 'fields', list: 'columns' };

/** The recipes with one field (or column) of a host taught anew; the host's recipe is created when it has none. */
export function teachField(
  recipes: readonly Recipe[],
  host: string,
  scope: RecipeScope,
  field: RecipeField,
  locator: FieldLocator | ColumnLocator,
): Recipe[] {
  const index = recipes.findIndex((r) => r.host === host);
  const known = recipes[index] ?? { host, fields: {}, columns: {} };
  const taught: Recipe = { ...known, [KEY[scope]]: { ...known[KEY[scope]], [field]: locator } };
  return index < 0 ? [...recipes, taught] : recipes.map((r, i) => (i === index ? taught : r));
}

/** The recipes without one taught field of a host; a recipe left with nothing taught goes altogether. */
export function forgetField(
  recipes: readonly Recipe[],
  host: string,
  scope: RecipeScope,
  field: RecipeField,
): Recipe[] {
  return recipes.flatMap((recipe) => {
    if (recipe.host !== host) return [recipe];
    const { [field]: _forgotten, ...rest } = recipe[KEY[scope]];
    const next: Recipe = { ...recipe, [KEY[scope]]: rest };
    return Object.keys(next.fields).length + Object.keys(next.columns).length > 0 ? [next] : [];
  });
}

/** The recipes without a host's. */
export const forgetHost = (recipes: readonly Recipe[], host: string): Recipe[] =>
  recipes.filter((r) => r.host !== host);
