import { defineUnlistedScript } from '#imports';
import { wireMessage } from '@/utils/messaging/wire-message';
import { startAfterLoad, startWhenShown } from '@/utils/page/portal-start';
import { readStartValuesAhead, type StorageGet } from '@/utils/page/start-storage';

// The only script the manifest runs on portal pages, at document_start (wxt.config.ts adds it there). Every portal
// page pays for what runs here before it is parsed, so it is a few hundred bytes: no browser-API wrapper, no
// listener. Once the page has loaded it reads storage and asks the background for the content script (`startPortalPage`).

/** The browser's own API, the little of it this script uses (the webextension-polyfill would cost the page ~8 ms). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get: StorageGet } };
};

export default defineUnlistedScript(() => {
  const ask = () => {
    // Storage answers while the content script is on its way: the first frame does not wait for it.
    readStartValuesAhead((keys) => chrome.storage.local.get(keys));
    // The extension reloading or updating: this page gets its sidebar on its next load.
    chrome.runtime.sendMessage(wireMessage('startPortalPage')).catch(() => {});
  };
  startAfterLoad(window, document.readyState, () => startWhenShown(document, ask));
});
