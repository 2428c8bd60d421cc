import { browser } from '#imports';
import { now } from '../clock/clock';
import { sendMessage } from '../messaging/protocol';

/** The content script as WXT builds it: registered at run time, injected here (entrypoints/content). */
const CONTENT_SCRIPT = '/content-scripts/content.js';

/** The script the manifest, and a team lead's added portals, run at document_start (entrypoints/portal-start.ts). */
export const PORTAL_START_SCRIPT = 'portal-start.js';

/** A press kept for a portal tab whose content script has not come yet: longer than any page takes to load. */
const EARLY_PRESS_MS = 10_000;

/** The toolbar button opens the sidebar; the shortcut opens it and focuses it (so it wins over a press). */
type EarlyPress = 'openSidebar' | 'focusSidebar';

const earlyPresses = new Map<number, { press: EarlyPress; at: number }>();

/** One frame of a tab: its document when the browser names it, so that a page navigated away gets nothing. */
export interface FrameTarget {
  tabId: number;
  frameId?: number;
  documentId?: string;
}

export const injectionTarget = ({ tabId, frameId, documentId }: FrameTarget) =>
  documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId ?? 0] };

/**
 * The toolbar button or the shortcut, pressed on a tab that has no content script yet (a portal page still
 * loading): handed to the content script once it comes. The browser shows a tab's address only on hosts the
 * extension may read, so a press on any other page is not kept.
 */
export function holdEarlyPress(tab: { id: number; url?: string }, press: EarlyPress) {
  if (!tab.url || earlyPresses.get(tab.id)?.press === 'focusSidebar') return;
  earlyPresses.set(tab.id, { press, at: now() });
}

export function forgetEarlyPress(tabId: number) {
  earlyPresses.delete(tabId);
}

/**
 * The content script into a portal page that has loaded (its start script asked), then the officer's press made
 * while it loaded. Nothing of ours runs while the page is parsed but the start script.
 */
export async function startPortalPage(target: FrameTarget): Promise<void> {
  await browser.scripting.executeScript({
    target: injectionTarget(target),
    files: [CONTENT_SCRIPT],
    // The page has loaded: no need to wait for the browser's document_idle.
    injectImmediately: true,
  });
  const held = earlyPresses.get(target.tabId);
  earlyPresses.delete(target.tabId);
  // A page gone by then takes no press: nothing to tell the officer.
  if (held && now() - held.at <= EARLY_PRESS_MS) await sendMessage(held.press, undefined, target.tabId).catch(() => {});
}
