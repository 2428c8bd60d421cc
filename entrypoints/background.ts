import { browser, defineBackground } from '#imports';
import { forgetTab, routeAfter, routeMessage } from '@/utils/background/message-router';
import { upkeep } from '@/utils/background/upkeep';
import { startClock } from '@/utils/clock/today-override';
import type { ContentMessage } from '@/utils/messaging/protocol';
import { syncAddedPortals } from '@/utils/permissions/added-portals';

export default defineBackground(() => {
  // storage.session stays at its default, trusted contexts only: content scripts ask for their records here.

  // Retention: on every start of the service worker, forced on the browser's start-up; daily on later writes.
  const clock = startClock().catch(() => {});
  routeAfter(clock);
  void clock.then(() => upkeep());
  browser.runtime.onStartup.addListener(() => void upkeep(true));

  // Portals a team lead added in the options page get the content script too, for as long as access is granted.
  const sync = () => void syncAddedPortals().catch(() => {});
  sync();
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.tabs.onRemoved.addListener(forgetTab);

  browser.action.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    const message: ContentMessage = { type: 'mctt:toggle-sidebar' };
    // Pages outside the portal hosts have no content script: nothing to toggle there.
    browser.tabs.sendMessage(tab.id, message).catch(() => {});
  });

  browser.runtime.onMessage.addListener((message, sender) => routeMessage(message, sender));
});
