import { browser, defineBackground } from '#imports';
import { type ContentMessage, isBackgroundMessage } from '@/utils/messaging/protocol';

export default defineBackground(() => {
  // Manual corrections live in storage.session; content scripts may only use it once we allow it.
  void browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }).catch(() => {});

  browser.action.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    const message: ContentMessage = { type: 'mctt:toggle-sidebar' };
    // Pages outside the portal hosts have no content script: nothing to toggle there.
    browser.tabs.sendMessage(tab.id, message).catch(() => {});
  });

  // The toolbar badge: near-overdue dossiers on the page of each tab.
  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (!isBackgroundMessage(message) || tabId === undefined) return;
    const text = message.count > 0 ? String(Math.min(message.count, 999)) : '';
    void browser.action.setBadgeText({ tabId, text });
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#b91c1c' });
  });
});
