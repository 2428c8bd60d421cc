import { browser } from '#imports';
import { tryRecipe } from '../dossier/recipes/trial';
import type { Recipe } from '../dossier/recipes/types';
import { validatePartialSettings } from '../settings/validate';
import { type RecipeTrialAnswer, sendMessage } from './protocol';

export type { RecipeTrialAnswer };

/** A recipe from a message is data from elsewhere: checked like an imported one before anything reads with it. */
function checkedRecipe(candidate: unknown): Recipe | string {
  const checked = validatePartialSettings({ recipes: [candidate] });
  const recipe = checked.ok ? checked.value.recipes?.[0] : undefined;
  return recipe ?? `Cách đọc không hợp lệ: ${checked.ok ? '' : checked.errors.join(' ')}`;
}

/** In the portal tab's content script: the recipe tried on this page. */
export function answerRecipeTrial(candidate: unknown, doc: Document, url: string): RecipeTrialAnswer {
  const recipe = checkedRecipe(candidate);
  if (typeof recipe === 'string') return { ok: false, error: recipe };
  try {
    return { ok: true, trial: tryRecipe(doc, url, recipe) };
  } catch {
    return { ok: false, error: 'Trang đang mở không thử được cách đọc này.' };
  }
}

/**
 * In the background, for the options page: the recipe tried on an open tab of its host (the active one when it is
 * such a tab, else the one used last), by that tab's content script.
 */
export async function tryRecipeInOpenTab(candidate: unknown): Promise<RecipeTrialAnswer> {
  const recipe = checkedRecipe(candidate);
  if (typeof recipe === 'string') return { ok: false, error: recipe };
  const tabs = await browser.tabs.query({ url: `*://${recipe.host}/*` }).catch(() => []);
  const [tab] = tabs
    .filter((t) => t.id !== undefined)
    .sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  if (tab?.id === undefined)
    return {
      ok: false,
      error: `Không có thẻ nào đang mở cổng ${recipe.host}. Anh/chị mở một trang hồ sơ hoặc danh sách của cổng này rồi thử lại.`,
    };
  try {
    return await sendMessage('tryRecipeOnPage', recipe, { tabId: tab.id, frameId: 0 });
  } catch {
    // No content script there yet (the tab was open before the extension loaded): said below.
  }
  return { ok: false, error: `Trang ${tab.url ?? recipe.host} chưa có trợ lý. Anh/chị tải lại trang đó rồi thử lại.` };
}
