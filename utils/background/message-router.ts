import type { Runtime } from 'webextension-polyfill';
import { browser } from '#imports';
import { now } from '../clock/clock';
import { openOptionsPage } from '../messaging/open-options';
import {
  type BackgroundMessage,
  type ContentMessage,
  isBackgroundMessage,
  isOptionsSection,
  isRecipeTrialRequest,
} from '../messaging/protocol';
import { tryRecipeInOpenTab } from '../messaging/recipe-trial';
import { printPagePath, savePrintJob } from '../print/print-job';
import { enterApologySlips } from '../register/apology-store';
import { PAGE_ONLY_OPS, type RegisterChange, seenDossierOf } from '../register/register-changes';
import { applyRegisterChange } from '../register/register-store';
import { readSessionRecords, writeSessionRecord } from '../session/session-store';
import { loadEffectiveSettings } from '../settings/managed';
import { createRateLimit } from './rate-limit';

let ready: Promise<unknown> = Promise.resolve();

/** Work that dates what it writes waits for this (the product's clock, which a demo or test may set). */
export function routeAfter(startup: Promise<unknown>) {
  ready = startup.catch(() => {});
}

/** Per tab: ten dossiers at once, then one every six seconds. */
const seenLimit = createRateLimit(10, 6000);
/** Per tab: "4 xin" ticks, generous for a hand, tight for a script. */
const courtesyLimit = createRateLimit(20, 2000);

export function forgetTab(tabId: number) {
  seenLimit.forget(tabId);
  courtesyLimit.forget(tabId);
}

const retentionMonths = () =>
  loadEffectiveSettings().then(
    (settings) => settings.register.retentionMonths,
    () => 12,
  );

/** Where a message came from: the extension's own pages, or a content script in a portal tab. */
function origin(sender: Runtime.MessageSender): 'page' | 'content' | null {
  if (sender.id !== browser.runtime.id) return null;
  if (sender.url?.startsWith(browser.runtime.getURL('/'))) return 'page';
  return sender.tab?.id === undefined ? null : 'content';
}

/** Other tabs showing the same dossier read its records again (the key only: no case data is broadcast). */
async function tellOtherTabs(message: ContentMessage, except: number | undefined) {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && tab.id !== except)
      .map((tab) => browser.tabs.sendMessage(tab.id as number, message).catch(() => {})),
  );
}

async function registerChange(change: RegisterChange, from: 'page' | 'content', tabId?: number): Promise<boolean> {
  // Printing, notes and clearing come from the extension's pages; a portal tab only reports what it shows.
  if (from === 'content' && PAGE_ONLY_OPS.has(change.op)) return false;
  if (from === 'content' && tabId !== undefined) {
    const limit = change.op === 'seen' ? seenLimit : courtesyLimit;
    if (!limit.take(tabId, now())) return false;
  }
  const safe = change.op === 'seen' ? { ...change, dossier: seenDossierOf(change.dossier) } : change;
  await ready;
  await applyRegisterChange(safe, await retentionMonths());
  return true;
}

/** The print page opens beside the portal tab, so the officer comes back to the same dossier. */
async function openPrintPage(
  message: Extract<BackgroundMessage, { type: 'mctt:print' | 'mctt:thank-you' }>,
  tabId: number,
  index?: number,
) {
  const target = message.type === 'mctt:print' ? { jobId: await savePrintJob(message.job) } : 'thank-you';
  await browser.tabs.create({
    url: browser.runtime.getURL(printPagePath(target) as '/print.html'),
    openerTabId: tabId,
    index: index === undefined ? undefined : index + 1,
  });
}

/** Answers one message; undefined when it is not ours or not allowed from where it came. */
export function routeMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const from = origin(sender);
  // The options page tries a recipe on an open portal tab; only our own pages may ask (never a portal's script).
  if (from === 'page' && isRecipeTrialRequest(message)) return tryRecipeInOpenTab(message);
  if (!from || !isBackgroundMessage(message)) return undefined;
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'mctt:register':
      return registerChange(message.change, from, tabId).catch(() => false);
    case 'mctt:apology-slips':
      // Numbers are given by the print page, never by a portal tab (whose page could use them up).
      if (from !== 'page') return Promise.resolve(null);
      return ready.then(() => enterApologySlips(message.requests, message.format)).catch(() => null);
    case 'mctt:open-options':
      // Only a section the page has reaches its address; anything else opens the page at its top.
      return openOptionsPage(isOptionsSection(message.section) ? message.section : undefined).then(
        () => true,
        () => false,
      );
    case 'mctt:session-get':
      return readSessionRecords(message.kind, message.keys).catch(() => ({ values: {}, problems: [] }));
    case 'mctt:session-set':
      return ready
        .then(() => writeSessionRecord(message.kind, message.key, message.value))
        .then(
          (ok) => {
            if (ok && message.kind !== 'dossier') {
              void tellOtherTabs({ type: 'mctt:session-changed', kind: message.kind, key: message.key }, tabId);
            }
            return ok;
          },
          () => false,
        );
  }
  // The rest is about the portal tab that sent it.
  if (from !== 'content' || tabId === undefined) return undefined;
  switch (message.type) {
    case 'mctt:urgent-count': {
      // The toolbar badge: near-overdue dossiers on the page of each tab.
      const text = message.count > 0 ? String(Math.min(message.count, 999)) : '';
      void browser.action.setBadgeText({ tabId, text });
      void browser.action.setBadgeBackgroundColor({ tabId, color: '#b91c1c' });
      return undefined;
    }
    case 'mctt:load-sidebar-ui':
      // Into the frame that asked, in the same isolated world as its page script.
      return browser.scripting
        .executeScript({
          target: { tabId, frameIds: [sender.frameId ?? 0] },
          files: ['/content-scripts/sidebar-ui.js'],
        })
        .then(() => true);
    case 'mctt:print':
    case 'mctt:thank-you':
      // Answering tells the sidebar whether the page opened.
      return openPrintPage(message, tabId, sender.tab?.index).then(
        () => true,
        () => false,
      );
  }
}
