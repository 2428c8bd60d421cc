import { defineExtensionMessaging } from '@webext-core/messaging';
import type { RecipeTrial } from '../dossier/recipes/trial';
import type { PrintJob } from '../print/print-job';
import type { SlipOutcome, SlipRequest } from '../register/apology-book';
import type { RegisterChange } from '../register/register-changes';
import type { SessionKind } from '../session/session-records';
import { OPTIONS_SECTION_IDS, type OptionsSectionId } from './options-section-ids';

export { OPTIONS_SECTION_IDS, type OptionsSectionId };

/** Whether the portal tab shows the sidebar, and how. */
export type SidebarPresence = 'absent' | 'collapsed' | 'expanded';

export type RecipeTrialAnswer = { ok: true; trial: RecipeTrial } | { ok: false; error: string };

/** One dossier's records of a kind, as the background keeps them in the session area. */
export interface SessionRecordsRequest {
  kind: SessionKind;
  keys: string[];
}

export interface SessionRecordsAnswer {
  values: Record<string, unknown>;
  /** Records that were broken and have been reset, in words for a notice. */
  problems: string[];
}

export interface SessionRecordWrite {
  kind: SessionKind;
  key: string;
  /** Null forgets the record. */
  value: unknown;
}

/**
 * The messages between the extension's parts, by name: data in, answer out (ProtocolMap, below, is both groups).
 * Nothing here leaves the browser.
 *
 * The background answers these, from content scripts in portal tabs and from the extension's own pages (options,
 * print, desk): utils/background/message-router.ts says who may send which, and checks each message's data before
 * anything reads it.
 */
export interface BackgroundProtocol {
  /** A portal tab: how many dossiers on its page need attention (the toolbar badge). */
  showUrgentCount(count: number): void;
  /** A portal page's start script, once the page has loaded: its content script, injected into that page. */
  startPortalPage(): boolean;
  /** A portal tab: the sidebar's UI script, injected into the frame that asks. */
  loadSidebarUi(): boolean;
  /** A portal tab: the print page beside it, with these letters; answers whether it opened. */
  openPrintPage(job: PrintJob): boolean;
  /** A portal tab: the print page's thank-you certificate form. */
  openThankYouForm(): boolean;
  /** The options page, at one section's address (options.html#office) when given. */
  openOptionsPage(section?: OptionsSectionId): boolean;
  /** A dossier's session records (the session area is the background's alone). */
  readSessionRecords(request: SessionRecordsRequest): SessionRecordsAnswer;
  writeSessionRecord(write: SessionRecordWrite): boolean;
  /** One change to the register; true once it is written. */
  changeRegister(change: RegisterChange): boolean;
  /** Our print pages: apology slips entered in the book and numbered, one request at a time. */
  numberApologySlips(order: { requests: SlipRequest[]; format: string }): SlipOutcome[];
  /** The options page: "Thử trên trang đang mở", a recipe tried on an open tab of its portal. */
  tryRecipeInOpenTab(recipe: unknown): RecipeTrialAnswer;
}

/** A portal tab's content script answers these, from the background only. */
export interface PortalTabProtocol {
  /** The toolbar button: an open sidebar folds away, a folded or absent one opens. */
  toggleSidebar(): void;
  /** The toolbar button, pressed while the page loaded: the sidebar opens, unfolded. */
  openSidebar(): void;
  /** The keyboard shortcut: the sidebar opens (or unfolds) with the focus on its first control. */
  focusSidebar(): void;
  /** Answered once the page has been read the first time. */
  sidebarPresence(): SidebarPresence;
  /** A dossier's session records changed in another tab: only its key, the tab showing it reads them again. */
  sessionRecordsChanged(change: { kind: SessionKind; key: string }): void;
  /** The recipe the options page sent, tried on this page. */
  tryRecipeOnPage(recipe: unknown): RecipeTrialAnswer;
}

export interface ProtocolMap extends BackgroundProtocol, PortalTabProtocol {}

export type BackgroundMessageName = keyof BackgroundProtocol;

/**
 * No logger: messages carry citizen data, which is never logged. A context may listen to a name once (the
 * library refuses a second listener).
 */
export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

/** A section the options page has: nothing else reaches its address. */
export const isOptionsSection = (value: unknown): value is OptionsSectionId =>
  (OPTIONS_SECTION_IDS as readonly unknown[]).includes(value);
