import { browser } from '#imports';
import { type RecipeTrial, tryRecipe } from '../dossier/recipes/trial';
import type { Recipe } from '../dossier/recipes/types';
import { validatePartialSettings } from '../settings/validate';
import type { RecipeTrialRequest } from './protocol';

export type RecipeTrialAnswer = { ok: true; trial: RecipeTrial } | { ok: false; error: string };

/** A recipe from a message is data from elsewhere: checked like an imported one before anything reads with it. */
function checkedRecipe(request: RecipeTrialRequest): Recipe | string {
  const checked = validatePartialSettings({ recipes: [request.recipe] });
  const recipe = checked.ok ? checked.value.recipes?.[0] : undefined;
  return recipe ?? `Cách đọc không hợp lệ: ${checked.ok ? '' : checked.errors.join(' ')}`;
}

/** In the portal tab's content script: the recipe tried on this page. */
export function answerRecipeTrial(request: RecipeTrialRequest, doc: Document, url: string): RecipeTrialAnswer {
  const recipe = checkedRecipe(request);
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
export async function tryRecipeInOpenTab(request: RecipeTrialRequest): Promise<RecipeTrialAnswer> {
  const recipe = checkedRecipe(request);
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
  const message: RecipeTrialRequest = { type: 'mctt:try-recipe', recipe };
  try {
    const answer = (await browser.tabs.sendMessage(tab.id, message, { frameId: 0 })) as RecipeTrialAnswer | undefined;
    if (answer && typeof answer === 'object' && 'ok' in answer) return answer;
  } catch {
    // No content script there yet (the tab was open before the extension loaded): said below.
  }
  return { ok: false, error: `Trang ${tab.url ?? recipe.host} chưa có trợ lý. Anh/chị tải lại trang đó rồi thử lại.` };
}
