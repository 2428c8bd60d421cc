import { browser, defineBackground } from '#imports';
import type { ContentMessage } from '@/utils/messaging/protocol';

export default defineBackground(() => {
  // Manual corrections live in storage.session; content scripts may only use it once we allow it.
  void browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }).catch(() => {});

  browser.action.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    const message: ContentMessage = { type: 'mctt:toggle-sidebar' };
    // Pages outside the portal hosts have no content script: nothing to toggle there.
    browser.tabs.sendMessage(tab.id, message).catch(() => {});
  });
});
