import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{utils,components,entrypoints,templates,tests/unit}/**/*.test.{ts,tsx}', 'tests/portal/**/*.test.ts'],
    environment: 'node',
  },
});
