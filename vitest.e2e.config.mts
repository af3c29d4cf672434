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
  },
});
