import { selectorProblem } from '../dossier/recipes/selector';
import {
  type ColumnLocator,
  type FieldLocator,
  RECIPE_FIELDS,
  type Recipe,
  type RecipeField,
} from '../dossier/recipes/types';

/** Records one problem at a path, in the settings checker's words (see validate.ts). */
export type Report = (path: string, message: string, ...value: unknown[]) => void;

export const MAX_RECIPES = 200;
export const MAX_LABEL_LENGTH = 80;

// A host name as `location.hostname` gives it: lower case, dots and dashes, no scheme, port, path or wildcard.
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
// Labels are words printed on a page. Markup, script and template syntax never are.
const SCRIPT_LIKE = /[<>{}`]|javascript:|\bon[a-z]+\s*=|=>|\beval\s*\(|\bfunction\s*\(/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses.
const CONTROL = /[\u0000-\u001f\u007f]/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isRecipeField = (key: string): key is RecipeField => (RECIPE_FIELDS as readonly string[]).includes(key);

function checkText(value: unknown, path: string, fail: Report): string | undefined {
  if (typeof value !== 'string') fail(path, 'phải là chữ (chuỗi)', value);
  else if (value.trim() === '') fail(path, 'không được để trống');
  else if (value.length > MAX_LABEL_LENGTH) fail(path, `dài quá ${MAX_LABEL_LENGTH} ký tự`);
  else if (SCRIPT_LIKE.test(value) || CONTROL.test(value))
    fail(path, 'có nội dung giống mã lệnh, không phải chữ in trên trang', value);
  // Codes, dates and phone numbers have digits; labels do not. This keeps a citizen's value out of a recipe.
  else if (/\d/.test(value))
    fail(path, 'không được có chữ số: nhãn là chữ in sẵn trên trang, không phải giá trị của hồ sơ', value);
  else return value;
  return undefined;
}

function checkSelector(value: unknown, path: string, fail: Report): string | undefined {
  if (typeof value !== 'string') {
    fail(path, 'phải là chữ (chuỗi)', value);
    return undefined;
  }
  const problem = selectorProblem(value);
  if (problem) fail(path, problem, value);
  return problem ? undefined : value.trim();
}

/** One locator: `label` (or `header`) and/or `selector`, nothing else. */
function checkLocator(
  value: unknown,
  path: string,
  textKey: 'label' | 'header',
  fail: Report,
): FieldLocator | ColumnLocator | undefined {
  if (!isRecord(value)) {
    fail(path, 'phải là một nhóm (đối tượng JSON)', value);
    return undefined;
  }
  let ok = true;
  const locator: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    const at = `${path}.${key}`;
    let checked: string | undefined;
    if (key === textKey) checked = checkText(v, at, fail);
    else if (key === 'selector') checked = checkSelector(v, at, fail);
    else fail(at, `không phải cách tìm đã biết (chỉ có “${textKey}” và “selector”)`);
    if (checked === undefined) ok = false;
    else locator[key] = checked;
  }
  if (ok && Object.keys(locator).length === 0) {
    fail(path, `phải có “${textKey}” hoặc “selector”`);
    ok = false;
  }
  return ok ? locator : undefined;
}

function checkFieldMap<T>(
  value: unknown,
  path: string,
  textKey: 'label' | 'header',
  fail: Report,
): Partial<Record<RecipeField, T>> | undefined {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    fail(path, 'phải là một nhóm (đối tượng JSON)', value);
    return undefined;
  }
  let ok = true;
  const out: Partial<Record<RecipeField, T>> = {};
  for (const [key, locator] of Object.entries(value)) {
    if (!isRecipeField(key)) {
      fail(`${path}.${key}`, `không phải trường đọc được (${RECIPE_FIELDS.join(', ')})`);
      ok = false;
      continue;
    }
    const checked = checkLocator(locator, `${path}.${key}`, textKey, fail);
    if (checked) out[key] = checked as T;
    else ok = false;
  }
  return ok ? out : undefined;
}

function checkRecipe(value: unknown, path: string, fail: Report): Recipe | undefined {
  if (!isRecord(value)) {
    fail(path, 'phải là một nhóm (đối tượng JSON)', value);
    return undefined;
  }
  let ok = true;
  for (const key of Object.keys(value)) {
    if (key === 'host' || key === 'fields' || key === 'columns') continue;
    fail(`${path}.${key}`, 'không phải mục của cách đọc (chỉ có “host”, “fields”, “columns”)');
    ok = false;
  }
  const host = value.host;
  if (typeof host !== 'string' || !HOST.test(host)) {
    fail(
      `${path}.host`,
      'phải là tên máy chủ của cổng, chữ thường, không có “http://”, cổng hay đường dẫn (ví dụ motcua.tanphu.gov.vn)',
      host,
    );
    ok = false;
  }
  const fields = checkFieldMap<FieldLocator>(value.fields, `${path}.fields`, 'label', fail);
  const columns = checkFieldMap<ColumnLocator>(value.columns, `${path}.columns`, 'header', fail);
  if (!fields || !columns || !ok) return undefined;
  if (Object.keys(fields).length + Object.keys(columns).length === 0) {
    fail(path, 'chưa dạy trường nào (cần ít nhất một trường trong “fields” hoặc “columns”)');
    return undefined;
  }
  return { host: host as string, fields, columns };
}

/**
 * Checks the `recipes` section: a list of recipes, one per host, each only data (labels and short selectors).
 * Every problem is reported; undefined unless all are fine, so a bad recipe never half-applies.
 */
export function checkRecipes(value: unknown, path: string, fail: Report): Recipe[] | undefined {
  if (!Array.isArray(value)) {
    fail(path, 'phải là một danh sách', value);
    return undefined;
  }
  if (value.length > MAX_RECIPES) {
    fail(path, `có quá ${MAX_RECIPES} mục`);
    return undefined;
  }
  const recipes = value.map((item, i) => checkRecipe(item, `${path}[${i}]`, fail));
  const hosts = new Set<string>();
  let ok = recipes.every((r) => r !== undefined);
  recipes.forEach((recipe, i) => {
    if (!recipe) return;
    if (hosts.has(recipe.host)) {
      fail(`${path}[${i}].host`, `trùng cổng với một cách đọc khác (“${recipe.host}”)`);
      ok = false;
    }
    hosts.add(recipe.host);
  });
  return ok ? (recipes as Recipe[]) : undefined;
}
