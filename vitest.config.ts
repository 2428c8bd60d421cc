import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{utils,components,entrypoints,templates,tests/unit}/**/*.test.{ts,tsx}', 'tests/portal/**/*.test.ts'],
    environment: 'node',
    // TODAY=YYYY-MM-DD stands the whole suite on that day, as it does the demo (see the file).
    setupFiles: ['tests/unit/stand-on-day.ts'],
    // A guard against hangs, not a speed target (those live in npm run bench): jsdom pages are slow on a busy CI.
    testTimeout: 20_000,
  },
});
