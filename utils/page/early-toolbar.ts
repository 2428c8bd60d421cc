import { browser, type ContentScriptContext } from '#imports';
import type { SidebarPresence } from '../messaging/protocol';

/** What the started sidebar does with what was asked of it while the page loaded. */
export interface EarlyAnswers {
  /** The toolbar button: opens the sidebar, unfolded. */
  openByOfficer(): void;
  /** The keyboard shortcut: opens the sidebar and puts the focus on its first control. */
  focusByOfficer(): void;
  /** Whether the sidebar is there, once the page has been read. */
  presence(): SidebarPresence;
}

/**
 * The toolbar button or the keyboard shortcut pressed while the portal page still loads (the sidebar starts after
 * its load event): held, and handed to the sidebar once it has started. Whatever the number of presses, the officer
 * wanted it open then (and focused, after the shortcut). A question about the sidebar's presence is answered once
 * it has read the page. Checked by type alone: the protocol's checks are not evaluated before the page has loaded.
 */
export function holdToolbarPresses(ctx: ContentScriptContext): { handOver(sidebar: EarlyAnswers): void } {
  let pressed = false;
  let focus = false;
  const asking: ((presence: SidebarPresence) => void)[] = [];
  const listener = (message: unknown) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'mctt:toggle-sidebar') pressed = true;
    else if (type === 'mctt:focus-sidebar') focus = true;
    else if (type === 'mctt:sidebar-state') return new Promise<SidebarPresence>((resolve) => asking.push(resolve));
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  const stop = () => browser.runtime.onMessage.removeListener(listener);
  ctx.onInvalidated(stop);
  return {
    handOver(sidebar) {
      stop();
      if (focus) sidebar.focusByOfficer();
      else if (pressed) sidebar.openByOfficer();
      const presence = sidebar.presence();
      for (const answer of asking.splice(0)) answer(presence);
    },
  };
}
