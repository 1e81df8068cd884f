import { defineConfig } from 'vitest/config';

// One entry over every package's tests (`pnpm exec vitest run`); each package keeps its own config.
export default defineConfig({
  test: {
    projects: ['shared', 'api', 'cms/vitest.config.mts', 'e2e'],
  },
});
