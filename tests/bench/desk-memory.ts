// The desk screen runs for days: its heap after 10,000 slogan turns against its first minute of running. The page's
// own timer drives the turns, with a "second" of 5 ms (`desk.html?second=5`, a hook only the bench uses), settings
// change now and then as a team lead's would, and the heap is read after forced garbage collections through the
// DevTools protocol (HeapProfiler.collectGarbage, then Performance.getMetrics' JSHeapUsedSize).
//
// Measured on this build: the page's own objects do not grow (heap snapshots at turns 1,000 and 5,000 differ by a
// few hundred bytes of them); what grows in the first few hundred turns is V8's optimised code for the functions
// that have become hot and the browser's long-task timing entries (a buffer of at most a few hundred). Both stop.
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { DEFAULT_DESK_SCREEN } from '../../templates/desk-screen';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';
import { CHROMIUM_PATH, chromiumArgs } from '../chromium.mjs';

const SLIDE_SECONDS = 3;
const SECOND_MS = 5;
const TURNS = 10_000;
/** The turns of a minute at the real pace (a slogan every 3 s). */
const REAL_MINUTE_TURNS = 60 / SLIDE_SECONDS;
const MINUTE_MS = 60_000;

interface ChromeStorage {
  storage: { local: { set(items: object): Promise<void> } };
}

async function writeDesk(context: BrowserContext, zaloUrl: string) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const settings = {
    ...DEFAULT_SETTINGS,
    office: { ...DEFAULT_SETTINGS.office, communeName: 'xã Tân Phú', phone: '0251 3861 234' },
    deskScreen: { ...DEFAULT_DESK_SCREEN, slideSeconds: SLIDE_SECONDS, leaderPhone: '0912 345 678', zaloUrl },
  };
  await worker.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeStorage };
    await chrome.storage.local.set({ settings: value, settings$: { v: 7 } });
  }, settings);
}

/** JS heap in use after full garbage collections, in bytes. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  } finally {
    await cdp.detach();
  }
}

const turnOf = (page: Page) =>
  page.getByTestId('desk-slide').evaluate((el) => Number((el as HTMLElement).dataset.turn ?? Number.NaN));

/** Waits until the page has drawn at least turn `turn`; calls `each` every `step` turns on the way. */
async function until(page: Page, turn: number, each?: (turn: number) => Promise<void>, step = 2000) {
  let next = step;
  for (;;) {
    const at = await turnOf(page);
    while (each && at >= next && next <= turn) {
      await each(next);
      next += step;
    }
    if (at >= turn) return at;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface DeskMemory {
  /** After the page's first minute of running, and how many turns it had made by then. */
  firstMinuteBytes: number;
  firstMinuteTurns: number;
  /** After as many turns as a real minute holds (20): before the engine has warmed up. */
  realMinuteBytes: number;
  afterBytes: number;
  turns: number;
  seconds: number;
}

export async function measureDeskMemory(): Promise<DeskMemory> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(),
    viewport: { width: 1920, height: 1080 },
  });
  const started = Date.now();
  try {
    await writeDesk(context, 'https://zalo.me/1000');
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/desk.html?second=${SECOND_MS}`);
    await page.getByTestId('desk-slide').waitFor();
    const opened = Date.now();
    await until(page, REAL_MINUTE_TURNS);
    const realMinuteBytes = await heapAfterGc(page);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, opened + MINUTE_MS - Date.now())));
    const firstMinuteTurns = await turnOf(page);
    const firstMinuteBytes = await heapAfterGc(page);
    // A team lead's change every 2,000 turns: a new Zalo link, so a QR code is rebuilt.
    const turns = await until(page, TURNS, (turn) => writeDesk(context, `https://zalo.me/${1000 + turn}`));
    const afterBytes = await heapAfterGc(page);
    return {
      firstMinuteBytes,
      firstMinuteTurns,
      realMinuteBytes,
      afterBytes,
      turns,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await context.close();
  }
}
