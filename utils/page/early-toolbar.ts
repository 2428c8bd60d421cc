import type { ContentScriptContext } from '#imports';
import { onMessage, type SidebarPresence } from '../messaging/protocol';

/** What the started sidebar does with what the officer asks of it from the browser's toolbar or keyboard. */
export interface EarlyAnswers {
  /** The toolbar button pressed while the page loaded: opens the sidebar, unfolded. */
  openByOfficer(): void;
  /** The keyboard shortcut: opens the sidebar and puts the focus on its first control. */
  focusByOfficer(): void;
  /** The toolbar button once the sidebar has started: folds it away, or opens it. */
  toggleByOfficer(): void;
  /** Whether the sidebar is there, once the page has been read. */
  presence(): SidebarPresence;
}

/**
 * The toolbar button, the keyboard shortcut and the question whether the sidebar is there, for the life of the
 * content script (a message has one listener per script). Pressed before the sidebar has started (the background
 * hands over, as `openSidebar` or `focusSidebar`, a press made before this script came), they are held and handed to
 * the sidebar once it has started: whatever the number of presses, the officer wanted it open then (and focused,
 * after the shortcut). A question about the sidebar's
 * presence is answered once it has read the page. Afterwards, each goes to the sidebar as it comes.
 */
export function holdToolbarPresses(ctx: ContentScriptContext): { handOver(sidebar: EarlyAnswers): void } {
  let sidebar: EarlyAnswers | undefined;
  let pressed = false;
  let focus = false;
  const asking: ((presence: SidebarPresence) => void)[] = [];
  const listening = [
    onMessage('toggleSidebar', () => {
      if (sidebar) sidebar.toggleByOfficer();
      else pressed = true;
    }),
    onMessage('openSidebar', () => {
      if (sidebar) sidebar.openByOfficer();
      else pressed = true;
    }),
    onMessage('focusSidebar', () => {
      if (sidebar) sidebar.focusByOfficer();
      else focus = true;
    }),
    onMessage('sidebarPresence', () =>
      sidebar ? sidebar.presence() : new Promise<SidebarPresence>((resolve) => asking.push(resolve)),
    ),
  ];
  ctx.onInvalidated(() => {
    for (const stop of listening) stop();
  });
  return {
    handOver(started) {
      sidebar = started;
      if (focus) started.focusByOfficer();
      else if (pressed) started.openByOfficer();
      const presence = started.presence();
      for (const answer of asking.splice(0)) answer(presence);
    },
  };
}
