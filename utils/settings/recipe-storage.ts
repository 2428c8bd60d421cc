import { teachField } from '../dossier/recipes/edit';
import type { ColumnLocator, FieldLocator, Recipe, RecipeField, RecipeScope } from '../dossier/recipes/types';
import { loadSettingsState, managedSections } from './managed';
import { settingsItem } from './settings';
import { validateRecipes } from './validate';

export type SaveOutcome = { ok: true; recipes: Recipe[] } | { ok: false; error: string };

export const RECIPES_LOCKED =
  'Cách đọc cổng do cơ quan quản lý đặt cho cả đơn vị (chính sách quản lý): anh/chị không dạy thêm được ở đây. Muốn thay đổi, anh/chị liên hệ bộ phận tin học của đơn vị.';

/**
 * Stores one taught field in the officer's settings, checked like an imported file. A locked section is never
 * written: the taught way would not apply, and the officer is told why.
 */
export async function saveTaughtLocator(
  host: string,
  scope: RecipeScope,
  field: RecipeField,
  locator: FieldLocator | ColumnLocator,
): Promise<SaveOutcome> {
  try {
    const { local, policy } = await loadSettingsState();
    if (managedSections(policy).includes('recipes')) return { ok: false, error: RECIPES_LOCKED };
    const checked = validateRecipes(teachField(local.recipes, host, scope, field, locator), 'recipes');
    if (!checked.ok) return { ok: false, error: `Cách đọc này không lưu được: ${checked.errors.join(' ')}` };
    const recipes = checked.value;
    await settingsItem.setValue({ ...local, recipes });
    return { ok: true, recipes };
  } catch {
    return { ok: false, error: 'Chưa lưu được cách đọc, anh/chị vui lòng thử lại.' };
  }
}
