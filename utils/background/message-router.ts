import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { Runtime } from 'webextension-polyfill';
import { browser } from '#imports';
import { now } from '../clock/clock';
import { openOptionsPage } from '../messaging/open-options';
import {
  type BackgroundMessageName,
  type BackgroundProtocol,
  isOptionsSection,
  onMessage,
  sendMessage,
} from '../messaging/protocol';
import { tryRecipeInOpenTab } from '../messaging/recipe-trial';
import { isPrintJob, printPagePath, savePrintJob } from '../print/print-job';
import { isSlipRequest } from '../register/apology-repair';
import { enterApologySlips } from '../register/apology-store';
import { isRegisterChange, PAGE_ONLY_OPS, type RegisterChange, seenDossierOf } from '../register/register-changes';
import { applyRegisterChange } from '../register/register-store';
import { isSessionKind, MAX_DOSSIER_KEY_LENGTH, type SessionKind } from '../session/session-records';
import { readSessionRecords, writeSessionRecord } from '../session/session-store';
import { loadEffectiveSettings } from '../settings/managed';
import { forgetEarlyPress, injectionTarget, startPortalPage } from './portal-start';
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
  forgetEarlyPress(tabId);
  seenLimit.forget(tabId);
  courtesyLimit.forget(tabId);
}

const retentionMonths = () =>
  loadEffectiveSettings().then(
    (settings) => settings.register.retentionMonths,
    () => 12,
  );

/** The extension's own pages (options, print, desk), or a content script in a portal tab. */
type Origin = 'page' | 'content';

/** Who sent a message, as far as the background trusts it. */
export interface Asker {
  from: Origin;
  /** The portal tab, for a content script. */
  tabId?: number;
  tabIndex?: number;
  frameId?: number;
  /** The sender's document, where the browser names it (Chromium): an injection then reaches only that page. */
  documentId?: string;
}

function askerOf(sender: Runtime.MessageSender): Asker | null {
  if (sender.id !== browser.runtime.id) return null;
  if (sender.url?.startsWith(browser.runtime.getURL('/'))) return { from: 'page' };
  const tabId = sender.tab?.id;
  if (tabId === undefined) return null;
  // Not in webextension-polyfill's sender type, but sent by Chromium.
  const { documentId } = sender as { documentId?: unknown };
  return {
    from: 'content',
    tabId,
    tabIndex: sender.tab?.index,
    frameId: sender.frameId,
    ...(typeof documentId === 'string' && { documentId }),
  };
}

/** The answer to a message that is not allowed from where it came, or whose data has the wrong shape. */
export class RefusedMessage extends Error {
  constructor(name: string) {
    super(`Refused: ${name}`);
  }
}

type Data<K extends BackgroundMessageName> = GetDataType<BackgroundProtocol[K]>;
type Answer<K extends BackgroundMessageName> = GetReturnType<BackgroundProtocol[K]>;

/** What the background does with one message. */
interface Route<K extends BackgroundMessageName> {
  /** Who may send it. */
  from: readonly Origin[];
  /** Its data's shape, checked before anything reads it: a message is data from elsewhere. */
  accepts(data: unknown): boolean;
  answer(data: Data<K>, asker: Asker): Promise<Answer<K>> | Answer<K>;
}

const anything = () => true;

const isDossierKey = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && value.length <= MAX_DOSSIER_KEY_LENGTH;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Other tabs showing the same dossier read its records again (the key only: no case data is broadcast). */
async function tellOtherTabs(change: { kind: SessionKind; key: string }, except: number | undefined) {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && tab.id !== except)
      .map((tab) => sendMessage('sessionRecordsChanged', change, tab.id as number).catch(() => {})),
  );
}

async function registerChange(change: RegisterChange, { from, tabId }: Asker): Promise<boolean> {
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
async function openPrintPageBeside(target: Parameters<typeof printPagePath>[0], { tabId, tabIndex }: Asker) {
  await browser.tabs.create({
    url: browser.runtime.getURL(printPagePath(target) as '/print.html'),
    openerTabId: tabId,
    index: tabIndex === undefined ? undefined : tabIndex + 1,
  });
}

/** Answering tells the sender whether it worked. */
const settled = (work: Promise<unknown>) =>
  work.then(
    () => true,
    () => false,
  );

/** Every message the background answers: who may send it, what its data must be, and what is done. */
export const ROUTES: { [K in BackgroundMessageName]: Route<K> } = {
  showUrgentCount: {
    from: ['content'],
    accepts: Number.isInteger,
    answer(count, { tabId }) {
      // The toolbar badge: near-overdue dossiers on the page of each tab.
      const text = count > 0 ? String(Math.min(count, 999)) : '';
      void browser.action.setBadgeText({ tabId, text });
      void browser.action.setBadgeBackgroundColor({ tabId, color: '#b91c1c' });
    },
  },
  startPortalPage: {
    from: ['content'],
    accepts: anything,
    answer: (_, asker) => settled(startPortalPage({ ...asker, tabId: asker.tabId as number })),
  },
  loadSidebarUi: {
    from: ['content'],
    accepts: anything,
    async answer(_, asker) {
      // Into the page that asked, in the same isolated world as its content script.
      await browser.scripting.executeScript({
        target: injectionTarget({ ...asker, tabId: asker.tabId as number }),
        files: ['/content-scripts/sidebar-ui.js'],
      });
      return true;
    },
  },
  openPrintPage: {
    from: ['content'],
    accepts: isPrintJob,
    answer: (job, asker) => settled(savePrintJob(job).then((jobId) => openPrintPageBeside({ jobId }, asker))),
  },
  openThankYouForm: {
    from: ['content'],
    accepts: anything,
    answer: (_, asker) => settled(openPrintPageBeside('thank-you', asker)),
  },
  openOptionsPage: {
    from: ['page', 'content'],
    accepts: anything,
    // Only a section the page has reaches its address; anything else opens the page at its top.
    answer: (section) => settled(openOptionsPage(isOptionsSection(section) ? section : undefined)),
  },
  readSessionRecords: {
    from: ['page', 'content'],
    accepts: (request) =>
      isRecord(request) &&
      isSessionKind(request.kind) &&
      Array.isArray(request.keys) &&
      request.keys.length <= 2000 &&
      request.keys.every(isDossierKey),
    answer: ({ kind, keys }) => readSessionRecords(kind, keys).catch(() => ({ values: {}, problems: [] })),
  },
  writeSessionRecord: {
    from: ['page', 'content'],
    accepts: (write) => isRecord(write) && isSessionKind(write.kind) && isDossierKey(write.key),
    answer: ({ kind, key, value }, { tabId }) =>
      ready
        .then(() => writeSessionRecord(kind, key, value))
        .then(
          (ok) => {
            if (ok && kind !== 'dossier') void tellOtherTabs({ kind, key }, tabId);
            return ok;
          },
          () => false,
        ),
  },
  changeRegister: {
    from: ['page', 'content'],
    accepts: isRegisterChange,
    answer: (change, asker) => registerChange(change, asker).catch(() => false),
  },
  numberApologySlips: {
    // Numbers are given by the print page, never by a portal tab (whose page could use them up).
    from: ['page'],
    accepts: (order) =>
      isRecord(order) &&
      Array.isArray(order.requests) &&
      order.requests.length > 0 &&
      order.requests.length <= 100 &&
      order.requests.every(isSlipRequest) &&
      typeof order.format === 'string' &&
      order.format.length <= 100,
    answer: ({ requests, format }) => ready.then(() => enterApologySlips(requests, format)),
  },
  tryRecipeInOpenTab: {
    // The options page tries a recipe on an open portal tab; never a portal's script.
    from: ['page'],
    accepts: anything,
    answer: (recipe) => tryRecipeInOpenTab(recipe),
  },
};

/** One message's answer, or RefusedMessage when it is not allowed from where it came or its data is wrong. */
export async function answerMessage<K extends BackgroundMessageName>(
  name: K,
  data: unknown,
  sender: Runtime.MessageSender,
): Promise<Answer<K>> {
  const route = ROUTES[name] as Route<K>;
  const asker = askerOf(sender);
  if (!asker || !route.from.includes(asker.from) || !route.accepts(data)) throw new RefusedMessage(name);
  return route.answer(data as Data<K>, asker);
}

/** The background's listeners, one per message; gives back what removes them. */
export function listenToMessages(): () => void {
  const stops = (Object.keys(ROUTES) as BackgroundMessageName[]).map((name) =>
    onMessage(name, ({ data, sender }) => answerMessage(name, data, sender)),
  );
  return () => {
    for (const stop of stops) stop();
  };
}
