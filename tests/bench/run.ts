// `npm run bench`: prints each figure with its goal (medians over several runs in one process). Not a test.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { build } from 'rolldown';
import { createCalendar, deadlineLevel } from '../../utils/deadline';
import { CHROMIUM_PATH } from '../chromium.mjs';
import { renderPage, shiftDay, vietnamToday } from '../portal/render.mjs';

const RUNS = 9;

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
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const { ms, rows } = await page.evaluate(() =>
      (window as unknown as { __mcttReadAndFlag: () => { ms: number; rows: number } }).__mcttReadAndFlag(),
    );
    if (rows !== 1000) throw new Error(`read ${rows} rows`);
    runs.push(ms);
  }
  report('1,000-row list page read and flagged (Chromium)', median(runs), 'ms', 15);
} finally {
  await browser.close();
}
