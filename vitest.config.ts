import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{utils,components,entrypoints,templates,tests/unit}/**/*.test.{ts,tsx}', 'tests/portal/**/*.test.ts'],
    environment: 'node',
    // A guard against hangs, not a speed target (those live in npm run bench): jsdom pages are slow on a busy CI.
    testTimeout: 20_000,
  },
});
