import { isPrintJob, type PrintJob } from '../print/print-job';

/** Messages from the background to the content script. */
export type ContentMessage = { type: 'mctt:toggle-sidebar' };

/**
 * "Thử trên trang đang mở": the options page asks the background to try a recipe on an open tab of its host; the
 * background passes the same message to that tab's content script, which answers with a RecipeTrial.
 */
export type RecipeTrialRequest = { type: 'mctt:try-recipe'; recipe: unknown };

/**
 * From a content script: how many dossiers on its page need attention (soon, due today or overdue); or letters
 * to print, which the background hands to the extension's own print page. Nothing here leaves the browser.
 */
export type BackgroundMessage =
  | { type: 'mctt:urgent-count'; count: number }
  | { type: 'mctt:print'; job: PrintJob }
  | { type: 'mctt:thank-you' }
  | { type: 'mctt:open-options' }
  | { type: 'mctt:load-sidebar-ui' };

const hasType = (value: unknown, type: string): boolean =>
  typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;

export const isContentMessage = (value: unknown): value is ContentMessage => hasType(value, 'mctt:toggle-sidebar');

export const isRecipeTrialRequest = (value: unknown): value is RecipeTrialRequest => hasType(value, 'mctt:try-recipe');

export const isBackgroundMessage = (value: unknown): value is BackgroundMessage =>
  (hasType(value, 'mctt:urgent-count') && Number.isInteger((value as { count?: unknown }).count)) ||
  (hasType(value, 'mctt:print') && isPrintJob((value as { job?: unknown }).job)) ||
  hasType(value, 'mctt:thank-you') ||
  hasType(value, 'mctt:open-options') ||
  hasType(value, 'mctt:load-sidebar-ui');
