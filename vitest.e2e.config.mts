import { defineConfig } from 'vitest/config';

// Browser tests: web mode on a temporary database, driven in Debian's Chromium by playwright-core.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    allowOnly: false,
    fileParallelism: false,
    // A page answers within a second on an idle machine, not on a loaded 2-core CI box: poll longer.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
