import { browser, defineBackground } from '#imports';
import { forgetTab, listenToMessages, routeAfter } from '@/utils/background/message-router';
import { holdEarlyPress } from '@/utils/background/portal-start';
import { upkeep } from '@/utils/background/upkeep';
import { startClock } from '@/utils/clock/today-override';
import { openDeskScreen } from '@/utils/desk/open-desk';
import { runCommand } from '@/utils/messaging/commands';
import { sendMessage } from '@/utils/messaging/protocol';
import { syncAddedPortals } from '@/utils/permissions/added-portals';

const DESK_MENU_ID = 'mctt-open-desk-screen';

export default defineBackground({
  type: 'module',
  main() {
    // storage.session stays at its default, trusted contexts only: content scripts ask for their records here.

    // Retention: on every start of the service worker (Chromium does not always send onStartup to a worker it starts
    // with the browser, so that listener only makes sure the worker starts); the register on its writes too.
    const clock = startClock().catch(() => {});
    routeAfter(clock);
    void clock.then(() => upkeep());
    browser.runtime.onStartup.addListener(() => void clock.then(() => upkeep()));

    // Portals a team lead added in the options page get the content script too, for as long as access is granted.
    const sync = () => void syncAddedPortals().catch(() => {});
    sync();
    browser.permissions.onAdded.addListener(sync);
    browser.permissions.onRemoved.addListener(sync);
    browser.tabs.onRemoved.addListener(forgetTab);

    // The toolbar button's own menu (right click): the desk screen, without a popup, whatever tab is open. Menus
    // outlive the worker, so the item is made once per install or update.
    browser.runtime.onInstalled.addListener(() => {
      browser.contextMenus.create({ id: DESK_MENU_ID, title: 'Mở màn hình quầy', contexts: ['action'] }, () => {
        // Already there after an update: nothing to do.
        void browser.runtime.lastError;
      });
    });
    browser.contextMenus.onClicked.addListener((info) => {
      if (info.menuItemId === DESK_MENU_ID) void openDeskScreen().catch(() => {});
    });

    browser.action.onClicked.addListener((tab) => {
      if (tab.id === undefined) return;
      // No content script yet: a portal page still loading gets the press once its script comes.
      const { id, url } = tab;
      sendMessage('toggleSidebar', undefined, id).catch(() => holdEarlyPress({ id, url }, 'openSidebar'));
    });

    // The keyboard shortcut (manifest `commands`, Alt+Shift+M by default): open the sidebar and focus it.
    browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab).catch(() => {}));
    // Playwright cannot press a browser-level shortcut: e2e calls the same handler here, in the service worker.
    (globalThis as { mcttRunCommand?: typeof runCommand }).mcttRunCommand = runCommand;

    // Who may send what, and the checks on each message's data: utils/background/message-router.ts.
    listenToMessages();
  },
});
