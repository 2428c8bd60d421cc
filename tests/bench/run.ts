// `npm run bench`: prints each figure with its goal (medians over several runs in one process). Not a test.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { build } from 'rolldown';
import { createCalendar, deadlineLevel } from '../../utils/deadline';
import { subsetFontSource } from '../../utils/letters/font-subset';
import { setFontSource } from '../../utils/letters/fonts';
import { SAMPLE_OFFICE, sampleLetter } from '../../utils/letters/preview-samples';
import { type LetterRequest, renderDocumentPdf, renderLettersPdf } from '../../utils/letters/render';
import { EMPTY_COMMUNE, importDeskTexts } from '../../utils/register/commune-data';
import { communeReportDocument, defaultRecipients } from '../../utils/register/commune-document';
import { communeReport } from '../../utils/register/commune-report';
import { manyDeskFiles } from '../../utils/register/commune-test-fixtures';
import { exportDeskFile } from '../../utils/register/desk-file';
import type { Period } from '../../utils/register/periods';
import { DEFAULT_OFFICE } from '../../utils/settings/schema';
import { CHROMIUM_PATH, chromiumArgs, EXTENSION_DIR } from '../chromium.mjs';
import { CATALOG, type PortalFamily, type PortalPage } from '../portal/catalog.mjs';
import { renderPage, shiftDay, vietnamToday } from '../portal/render.mjs';
import { startPortal } from '../portal/server.mjs';
import { measureDeskMemory } from './desk-memory';

const RUNS = 9;
// The families of pages built from real systems (tests/portal/SOURCES.md).
const FAMILIES: PortalFamily[] = ['opencps', 'motcua-php', 'vnpt-igate', 'hotich'];
// Page loads differ by ±15 ms from one to the next on a 2-core machine: 41 pairs keep the medians' own error near
// 1–2 ms (25 left the overhead swinging between 0 and 7 ms from run to run of the same build).
const PAGE_RUNS = 41;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function measure(setup: () => () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const work = setup();
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

function report(name: string, value: number, unit: string, goal: number) {
  const verdict = value <= goal ? 'ok' : 'MISSED';
  console.log(`${name}: ${value.toFixed(2)} ${unit} (goal ≤ ${goal} ${unit}) ${verdict}`);
}

/** A list page's reads: the first one on the page, then the timed ones after the warm-up. */
interface ListReads {
  first: number;
  warm: number[];
}

// A page's first reads run while the engine is still compiling the reader: 2–5× slower than the rest (opencps:
// 56–67 ms first, 24–30 ms from the tenth read on), so a median of nine reads landed on either side of that change
// from one run to the next. The content script re-reads a list on every change of the page, with the reader long
// compiled: that is what the goal is about, and the first read is printed beside it.
const LIST_WARMUP_READS = 10;
const LIST_TIMED_READS = 15;

/** Reads and flags the 1,000-row list open in `page`: once cold, then warm-up reads, then the timed reads. */
async function readListRepeatedly(page: Page, name: string): Promise<ListReads> {
  const times: number[] = [];
  for (let i = 0; i < 1 + LIST_WARMUP_READS + LIST_TIMED_READS; i += 1) {
    const { ms, rows } = await page.evaluate(() =>
      (window as unknown as { __mcttReadAndFlag: () => { ms: number; rows: number } }).__mcttReadAndFlag(),
    );
    if (rows !== 1000) throw new Error(`${name}: read ${rows} rows`);
    times.push(ms);
  }
  return { first: times[0] ?? Number.NaN, warm: times.slice(1 + LIST_WARMUP_READS) };
}

function reportListReads(name: string, reads: ListReads) {
  report(name, median(reads.warm), 'ms', 15);
  console.log(
    `  (median of ${reads.warm.length} reads after ${LIST_WARMUP_READS} untimed ones; the page's first read: ${reads.first.toFixed(1)} ms)`,
  );
}

const today = vietnamToday();
const dueDates = Array.from({ length: 10_000 }, (_, i) => shiftDay(today, (i % 40) - 15));

report(
  '10,000 deadline levels',
  measure(() => {
    // A fresh calendar each run: the figure includes building the holiday tables.
    const calendar = createCalendar();
    const now = Date.now();
    return () => {
      for (const due of dueDates) deadlineLevel(due, now, calendar);
    };
  }),
  'ms',
  20,
);

const template = readFileSync('tests/portal/pages/igate-list.html', 'utf8').replace(
  '{{list-rows:320}}',
  '{{list-rows:1000}}',
);
const listHtml = renderPage(template, today);
const url = 'http://127.0.0.1/vi/dossier/processing';

// The list page is measured in Chromium, where officers run it: jsdom is many times slower than a browser.
const harness = await build({
  input: 'tests/bench/list-harness.ts',
  write: false,
  output: { format: 'iife', minify: true },
  resolve: { alias: { '@': process.cwd() } },
});
const harnessCode = harness.output[0].code;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
try {
  const page = await browser.newPage();
  await page.route('http://127.0.0.1/vi/dossier/processing', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: listHtml }),
  );
  await page.goto(url);
  await page.addScriptTag({ content: harnessCode });
  reportListReads('1,000-row list page read and flagged (Chromium)', await readListRepeatedly(page, 'the mock list'));

  // A detail page, read as the content script does on each (batched) change of the page.
  const detailUrl = 'http://127.0.0.1/vi/dossier/processing/1012';
  const detailHtml = renderPage(
    readFileSync('tests/portal/pages/igate-birth.html', 'utf8').replace('{{catalog-links}}', ''),
    today,
  );
  await page.route(detailUrl, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: detailHtml }));
  await page.goto(detailUrl);
  await page.addScriptTag({ content: harnessCode });
  const detailRuns: number[] = [];
  for (let i = 0; i < RUNS * 3; i += 1) {
    const { ms, code } = await page.evaluate(() =>
      (window as unknown as { __mcttReadDetail: () => { ms: number; code: string } }).__mcttReadDetail(),
    );
    if (!code) throw new Error('the detail page read no dossier');
    detailRuns.push(ms);
  }
  report('detail page read (Chromium)', median(detailRuns), 'ms', 5);

  // Each family of real systems' pages: a detail page read, and its list grown to 1,000 rows of its own markup,
  // read and marked. Pages are served at their catalogue paths, so the same adapters read them as in e2e.
  let served = '';
  await page.route('http://127.0.0.1/**', (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: served })
      : route.abort(),
  );
  const open = async (entry: PortalPage) => {
    served = renderPage(
      readFileSync(`tests/portal/pages/${entry.file}`, 'utf8').replace('{{catalog-links}}', ''),
      today,
    );
    await page.goto(`http://127.0.0.1${entry.path}`);
    await page.addScriptTag({ content: harnessCode });
  };
  type Bench = {
    __mcttReadDetail: () => { ms: number; code: string };
    __mcttReadAndFlag: () => { ms: number; rows: number };
    __mcttGrowList: (n: number) => number;
  };
  for (const family of FAMILIES) {
    const detail = CATALOG.find((e) => e.family === family && e.expected);
    const list = CATALOG.find((e) => e.family === family && e.list);
    if (!detail || !list) throw new Error(`${family}: no detail or list page in the catalogue`);
    await open(detail);
    const readRuns: number[] = [];
    for (let i = 0; i < RUNS * 3; i += 1) {
      const { ms, code } = await page.evaluate(() => (window as unknown as Bench).__mcttReadDetail());
      if (!code) throw new Error(`${detail.file} read no dossier`);
      readRuns.push(ms);
    }
    report(`${family}: detail page read, ${detail.file} (Chromium)`, median(readRuns), 'ms', 5);
    await open(list);
    const grown = await page.evaluate(() => (window as unknown as Bench).__mcttGrowList(1000));
    if (grown !== 1000) throw new Error(`${list.file} grew to ${grown} rows`);
    reportListReads(
      `${family}: 1,000-row list read and marked, ${list.file} (Chromium)`,
      await readListRepeatedly(page, list.file),
    );
  }
} finally {
  await browser.close();
}

// Letters, rendered as the print page does (same code and fonts; subset here instead of read from the build).
{
  setFontSource(subsetFontSource);
  const office = { ...SAMPLE_OFFICE };
  const requests = (n: number): LetterRequest[] =>
    Array.from({ length: n }, (_, i) => {
      const kind = (['birth-congratulation', 'condolence', 'apology'] as const)[i % 3] ?? 'apology';
      const { dossier, options } = sampleLetter(kind, today);
      return { kind, dossier, office, options };
    });
  const coldStart = performance.now();
  await renderLettersPdf(requests(1));
  console.log(`  (first letter, fonts and jsPDF loading: ${(performance.now() - coldStart).toFixed(0)} ms)`);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    bytes = (await renderLettersPdf(requests(1))).length;
    times.push(performance.now() - start);
  }
  report('one letter PDF', median(times), 'ms', 100);
  report('one letter PDF, size', bytes / 1024, 'KB', 60);
  const batchTimes: number[] = [];
  let batchBytes = 0;
  for (let i = 0; i < 3; i += 1) {
    const start = performance.now();
    batchBytes = (await renderLettersPdf(requests(50))).length;
    batchTimes.push(performance.now() - start);
  }
  report('50-letter batch PDF', median(batchTimes) / 1000, 's', 3);
  console.log(
    `  (50-letter batch: ${(batchBytes / 1024).toFixed(0)} KB, ${(batchBytes / 50 / 1024).toFixed(1)} KB per letter)`,
  );
}

// The commune report: desk files combined as the options page does, and its PDF (fonts already loaded above).
{
  const texts = manyDeskFiles(30, 12).map((file, i) => ({ fileName: `ban-${i + 1}.json`, text: exportDeskFile(file) }));
  const year: Period = { kind: 'year', year: 2026, index: 1 };
  report(
    'combining 30 desks × 12 months (read, check, merge, year report)',
    measure(() => () => {
      communeReport(importDeskTexts(EMPTY_COMMUNE, texts).data, year);
    }),
    'ms',
    200,
  );
  const data = importDeskTexts(EMPTY_COMMUNE, texts).data;
  const office = { ...DEFAULT_OFFICE, ...SAMPLE_OFFICE };
  const pdfOf = async (period: Period) => {
    const document = communeReportDocument(communeReport(data, period), office, {
      date: today,
      recipients: defaultRecipients(office),
    });
    const start = performance.now();
    const pdf = await renderDocumentPdf(document, { title: document.name });
    return { ms: performance.now() - start, bytes: pdf.length };
  };
  const month: Period = { kind: 'month', year: 2026, index: 11 };
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) times.push((await pdfOf(month)).ms);
  report('commune report PDF, a month of 30 desks', median(times), 'ms', 300);
  const yearly = await pdfOf(year);
  console.log(`  (a year of 30 desks: ${yearly.ms.toFixed(0)} ms, ${(yearly.bytes / 1024).toFixed(0)} KB)`);
}

// The built extension on the demo portal: size, cost to page load, and how soon the sidebar shows.
const built = spawnSync('npx wxt build', { shell: true, stdio: 'ignore' });
if (built.status !== 0) throw new Error('wxt build failed');
const contentGz = gzipSync(readFileSync(`${EXTENSION_DIR}/content-scripts/content.js`), { level: 9 }).length;
report('content script, gzipped', contentGz / 1024, 'KB', 75);
const uiGz = gzipSync(readFileSync(`${EXTENSION_DIR}/content-scripts/sidebar-ui.js`), { level: 9 }).length;
console.log(`  (sidebar UI, injected only when a page shows the sidebar: ${(uiGz / 1024).toFixed(1)} KB gzipped)`);
// The only script of ours that runs while a portal page loads; content.js comes after the load event.
console.log(
  `  (start script, run while every portal page loads: ${readFileSync(`${EXTENSION_DIR}/portal-start.js`).length} bytes)`,
);

// The built extension on the demo portal, in ONE browser: the same detail page from two servers on loopback, one at
// 127.0.0.1 (a host the content script matches) and one at 127.0.0.2 (a host it does not). Both are IP addresses, so
// no name lookup differs between them (bench.localhost was tried: its lookup alone moved the figure by tens of ms).
const portal = await startPortal();
const unmatchedPortal = await startPortal({ host: '127.0.0.2' });
const DETAIL_PATH = '/vi/dossier/processing/1012';
const matchedUrl = `${portal.url}${DETAIL_PATH}`;
const unmatchedUrl = `${unmatchedPortal.url}${DETAIL_PATH}`;
const context = await chromium.launchPersistentContext('', {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: chromiumArgs(),
});

/** Min–max of a list, for the spread beside a median. */
const range = (values: number[]) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;

try {
  // Browser-side callbacks say `window.performance`: a bare `performance` would be Node's import after transpiling.
  // The matched page's load counts the start script only: content.js is injected once the load event is over.
  // Records, in the page's own world, when the sidebar first shows (its first frame, then the full UI).
  await context.addInitScript(() => {
    const w = window as unknown as { __dcl?: number; __frame?: number; __ready?: number };
    document.addEventListener('DOMContentLoaded', () => {
      w.__dcl = window.performance.now();
    });
    const check = () => {
      const root = document.querySelector('mctt-sidebar')?.shadowRoot;
      if (root?.querySelector('[data-mctt-panel]')) w.__frame ??= window.performance.now();
      if (root?.querySelector('[data-testid="sidebar"]')) w.__ready = window.performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  const load = async (url: string, matched: boolean) => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const ms = await page.evaluate(() => {
      const [nav] = window.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return nav ? nav.loadEventEnd - nav.startTime : Number.NaN;
    });
    let shown: { frame: number; ready: number } | undefined;
    if (matched) {
      await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready);
      shown = await page.evaluate(() => {
        const w = window as unknown as { __dcl: number; __frame: number; __ready: number };
        return { frame: w.__frame - w.__dcl, ready: w.__ready - w.__dcl };
      });
    } else if (await page.evaluate(() => document.querySelector('mctt-sidebar') !== null)) {
      throw new Error('the unmatched host got the content script');
    }
    await page.close();
    // The next load is timed only once this page is gone: its after-load work (sidebar UI script, React) and its
    // renderer's teardown would otherwise fall on whichever page loads next.
    await new Promise((done) => setTimeout(done, 600));
    return { ms, shown };
  };
  // Warm up both hosts (service worker started, scripts cached), untimed.
  await load(unmatchedUrl, false);
  await load(matchedUrl, true);
  const plain: number[] = [];
  const differences: number[] = [];
  const frames: number[] = [];
  const ready: number[] = [];
  for (let i = 0; i < PAGE_RUNS; i += 1) {
    // Paired runs, alternating which goes first, so drift on a busy machine falls on both sides.
    const matchedFirst = i % 2 === 1;
    const first = await load(matchedFirst ? matchedUrl : unmatchedUrl, matchedFirst);
    const second = await load(matchedFirst ? unmatchedUrl : matchedUrl, !matchedFirst);
    const [withScript, without] = matchedFirst ? [first, second] : [second, first];
    plain.push(without.ms);
    differences.push(withScript.ms - without.ms);
    if (withScript.shown) {
      frames.push(withScript.shown.frame);
      ready.push(withScript.shown.ready);
    }
  }
  const base = median(plain);
  const overhead = median(differences);
  const allowed = Math.max(5, base * 0.05);
  console.log(
    `page-load overhead on the detail page (matched vs unmatched host, one browser): +${overhead.toFixed(2)} ms, ` +
      `${((overhead / base) * 100).toFixed(1)} % (goal ≤ 5 % or ≤ 5 ms, whichever is larger: ≤ ${allowed.toFixed(2)} ms) ` +
      `${overhead <= allowed ? 'ok' : 'MISSED'}`,
  );
  console.log(
    `  (load without the content script: median ${base.toFixed(1)} ms, range ${range(plain)}; differences range ${range(differences)}; ${PAGE_RUNS} pairs)`,
  );
  report('sidebar visible after DOMContentLoaded (first frame: level and code)', median(frames), 'ms', 100);
  console.log(
    `  (range ${range(frames)}; full sidebar ready: median ${median(ready).toFixed(1)} ms, range ${range(ready)})`,
  );
} finally {
  await context.close();
  await portal.close();
  await unmatchedPortal.close();
}

// The desk screen, built above: memory over 10,000 slogan turns (days of a real screen).
{
  const desk = await measureDeskMemory();
  const growth = (bytes: number) => (desk.afterBytes / bytes - 1) * 100;
  report('desk screen heap after 10,000 turns vs its first minute', growth(desk.firstMinuteBytes), '%', 10);
  console.log(
    `  (heap ${(desk.firstMinuteBytes / 1024).toFixed(0)} KB after the first minute (${desk.firstMinuteTurns} turns), ` +
      `${(desk.afterBytes / 1024).toFixed(0)} KB after ${desk.turns} turns; ${desk.seconds.toFixed(0)} s)`,
  );
  console.log(
    `  (against turn 20, before the engine has optimised the hot code: ${growth(desk.realMinuteBytes).toFixed(1)} %; ` +
      "the page's own objects do not grow, see tests/bench/desk-memory.ts)",
  );
}
