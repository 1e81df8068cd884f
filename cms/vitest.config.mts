import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'cms',
    include: ['test/**/*.test.ts'],
    globalSetup: ['../testing/global-setup.mjs'],
    // A busy two-core machine (two test files and the adversary at once) is slower than a quiet one.
    expect: { poll: { timeout: 15_000 } },
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // The project ends on 2026-12-31 and then refuses writes (decision 0036): the suites run as on a
    // day inside it, and a test of the end sets its own day.
    env: { API_TODAY: '2026-11-28', CMS_TODAY: '2026-11-28' },
  },
});
