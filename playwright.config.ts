import { defineConfig } from '@playwright/test';
import { E2E_TODAY, MATRIX_DAYS } from './tests/e2e/vn-date';

// Specs whose answers move with the date: they run again on each chosen day.
const DATE_SENSITIVE = /(deadlines|letters|scripts)\.spec\.ts$/;

export default defineConfig<object, { today: string }>({
  testDir: 'tests/e2e',
  // Each worker runs its own Chromium with the extension; two cores fit two workers.
  workers: 2,
  fullyParallel: true,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: { trace: 'off' },
  projects: [
    { name: E2E_TODAY, use: { today: E2E_TODAY } },
    ...MATRIX_DAYS.map((today) => ({ name: today, testMatch: DATE_SENSITIVE, use: { today } })),
  ],
});
