import { isPrintJob, type PrintJob } from '../print/print-job';
import type { SlipRequest } from '../register/apology-book';
import { isSlipRequest } from '../register/apology-repair';
import { isRegisterChange, type RegisterChange } from '../register/register-changes';
import { isSessionKind, MAX_DOSSIER_KEY_LENGTH, type SessionKind } from '../session/session-records';
import { OPTIONS_SECTION_IDS, type OptionsSectionId } from './options-section-ids';

export { OPTIONS_SECTION_IDS, type OptionsSectionId };

/**
 * From the background to a content script: the toolbar button toggles the sidebar; the keyboard shortcut (manifest
 * `commands`) opens it and puts the focus in it; a dossier's session records changed in another tab (only its key:
 * the tab that shows that dossier reads the records again).
 */
export type ContentMessage =
  | { type: 'mctt:toggle-sidebar' }
  | { type: 'mctt:focus-sidebar' }
  /** Answered once the page has been read the first time: whether the sidebar is there, and how. */
  | { type: 'mctt:sidebar-state' }
  | { type: 'mctt:session-changed'; kind: SessionKind; key: string };

/** The answer to `mctt:sidebar-state`. */
export type SidebarPresence = 'absent' | 'collapsed' | 'expanded';

/**
 * "Thử trên trang đang mở": the options page asks the background to try a recipe on an open tab of its host; the
 * background passes the same message to that tab's content script, which answers with a RecipeTrial.
 */
export type RecipeTrialRequest = { type: 'mctt:try-recipe'; recipe: unknown };

/**
 * To the background. From a content script: how many dossiers on its page need attention; letters to print;
 * the sidebar UI script; the dossier's session records (the session area is the background's alone); a change to
 * the register. From extension pages: register changes and apology slips to number too. Nothing here leaves the
 * browser.
 */
export type BackgroundMessage =
  | { type: 'mctt:urgent-count'; count: number }
  | { type: 'mctt:print'; job: PrintJob }
  | { type: 'mctt:thank-you' }
  /** The options page, at one section's address (options.html#office) when given. */
  | { type: 'mctt:open-options'; section?: OptionsSectionId }
  | { type: 'mctt:load-sidebar-ui' }
  | { type: 'mctt:session-get'; kind: SessionKind; keys: string[] }
  | { type: 'mctt:session-set'; kind: SessionKind; key: string; value: unknown }
  | { type: 'mctt:register'; change: RegisterChange }
  | { type: 'mctt:apology-slips'; requests: SlipRequest[]; format: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const hasType = (value: unknown, type: string): value is Record<string, unknown> =>
  isRecord(value) && value.type === type;

const isDossierKey = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && value.length <= MAX_DOSSIER_KEY_LENGTH;

export const isContentMessage = (value: unknown): value is ContentMessage =>
  hasType(value, 'mctt:toggle-sidebar') ||
  hasType(value, 'mctt:focus-sidebar') ||
  hasType(value, 'mctt:sidebar-state') ||
  (hasType(value, 'mctt:session-changed') && isSessionKind(value.kind) && isDossierKey(value.key));

/** A section the options page has: nothing else reaches its address. */
export const isOptionsSection = (value: unknown): value is OptionsSectionId =>
  (OPTIONS_SECTION_IDS as readonly unknown[]).includes(value);

export const isRecipeTrialRequest = (value: unknown): value is RecipeTrialRequest => hasType(value, 'mctt:try-recipe');

export const isBackgroundMessage = (value: unknown): value is BackgroundMessage =>
  (hasType(value, 'mctt:urgent-count') && Number.isInteger(value.count)) ||
  (hasType(value, 'mctt:print') && isPrintJob(value.job)) ||
  hasType(value, 'mctt:thank-you') ||
  hasType(value, 'mctt:open-options') ||
  hasType(value, 'mctt:load-sidebar-ui') ||
  (hasType(value, 'mctt:session-get') &&
    isSessionKind(value.kind) &&
    Array.isArray(value.keys) &&
    value.keys.length <= 2000 &&
    value.keys.every(isDossierKey)) ||
  (hasType(value, 'mctt:session-set') && isSessionKind(value.kind) && isDossierKey(value.key)) ||
  (hasType(value, 'mctt:register') && isRegisterChange(value.change)) ||
  (hasType(value, 'mctt:apology-slips') &&
    Array.isArray(value.requests) &&
    value.requests.length > 0 &&
    value.requests.length <= 100 &&
    value.requests.every(isSlipRequest) &&
    typeof value.format === 'string' &&
    value.format.length <= 100);
