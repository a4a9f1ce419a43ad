import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Chromium against pages served from 127.0.0.1.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: two cores.
    fileParallelism: false,
  },
});
