import { browser, defineBackground } from '#imports';
import {
  type BackgroundMessage,
  type ContentMessage,
  isBackgroundMessage,
  isRecipeTrialRequest,
} from '@/utils/messaging/protocol';
import { tryRecipeInOpenTab } from '@/utils/messaging/recipe-trial';
import { syncAddedPortals } from '@/utils/permissions/added-portals';
import { printPagePath, savePrintJob } from '@/utils/print/print-job';

export default defineBackground(() => {
  // Manual corrections live in storage.session; content scripts may only use it once we allow it.
  void browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }).catch(() => {});

  // Portals a team lead added in the options page get the content script too, for as long as access is granted.
  const sync = () => void syncAddedPortals().catch(() => {});
  sync();
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);

  browser.action.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    const message: ContentMessage = { type: 'mctt:toggle-sidebar' };
    // Pages outside the portal hosts have no content script: nothing to toggle there.
    browser.tabs.sendMessage(tab.id, message).catch(() => {});
  });

  /** The print page opens beside the portal tab, so the officer comes back to the same dossier. */
  const openPrintPage = async (
    message: Extract<BackgroundMessage, { type: 'mctt:print' | 'mctt:thank-you' }>,
    tabId: number,
    index?: number,
  ) => {
    const target = message.type === 'mctt:print' ? { jobId: await savePrintJob(message.job) } : 'thank-you';
    await browser.tabs.create({
      url: browser.runtime.getURL(printPagePath(target) as '/print.html'),
      openerTabId: tabId,
      index: index === undefined ? undefined : index + 1,
    });
  };

  browser.runtime.onMessage.addListener((message, sender) => {
    // The options page tries a recipe on an open portal tab; only our own pages may ask (never a portal's script).
    const fromOwnPage = sender.id === browser.runtime.id && sender.url?.startsWith(browser.runtime.getURL('/'));
    if (isRecipeTrialRequest(message) && fromOwnPage) return tryRecipeInOpenTab(message);
    const tabId = sender.tab?.id;
    if (!isBackgroundMessage(message) || tabId === undefined) return;
    if (message.type === 'mctt:urgent-count') {
      // The toolbar badge: near-overdue dossiers on the page of each tab.
      const text = message.count > 0 ? String(Math.min(message.count, 999)) : '';
      void browser.action.setBadgeText({ tabId, text });
      void browser.action.setBadgeBackgroundColor({ tabId, color: '#b91c1c' });
      return;
    }
    if (message.type === 'mctt:load-sidebar-ui') {
      // Into the frame that asked, in the same isolated world as its page script.
      return browser.scripting
        .executeScript({
          target: { tabId, frameIds: [sender.frameId ?? 0] },
          files: ['/content-scripts/sidebar-ui.js'],
        })
        .then(() => true);
    }
    if (message.type === 'mctt:open-options') return browser.runtime.openOptionsPage().then(() => true);
    // Answering tells the sidebar whether the page opened.
    return openPrintPage(message, tabId, sender.tab?.index).then(
      () => true,
      () => false,
    );
  });
});
