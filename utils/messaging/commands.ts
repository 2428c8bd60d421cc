import { type Browser, browser } from '#imports';
import { holdEarlyPress } from '../background/portal-start';
import { sendMessage } from './protocol';
import type { CommandName } from './shortcuts';

/**
 * What a keyboard shortcut does: `open-sidebar` asks the portal tab's content script to open (or unfold) the
 * sidebar and focus its first control. Answers whether a sidebar took the request (pages outside the portals have
 * none).
 */
export async function runCommand(command: string, tab?: Browser.tabs.Tab): Promise<boolean> {
  if (command !== ('open-sidebar' satisfies CommandName)) return false;
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  const tabId = target?.id;
  if (tabId === undefined) return false;
  return sendMessage('focusSidebar', undefined, tabId).then(
    () => true,
    () => {
      // A portal page still loading gets it once its content script comes.
      holdEarlyPress({ id: tabId, url: target?.url }, 'focusSidebar');
      return false;
    },
  );
}
