import { defineConfig } from 'vitest/config';
import { LongestFirst } from './testing/sequencer.mjs';

/**
 * The test layers (docs/testing.md), cheapest first. Each is a vitest project, run alone with
 * `--project NAME`:
 * - unit: pure code, no service (shared, the site's modules, the launcher's scripts);
 * - api: the API in process on PGlite and, with DATABASE_URL, PostgreSQL;
 * - adversary: the disclosure attacker against the indicators, in process and over HTTP;
 * - cms: the real Strapi;
 * - e2e: the whole stack in Chromium.
 * Lighthouse runs after them as a step of `npm test`.
 */
export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        resolve: {
          // The site's middleware imports Astro's virtual module; outside a build it is this file.
          alias: { 'astro:middleware': 'astro/virtual-modules/middleware.js' },
        },
        test: {
          name: 'unit',
          include: ['shared/test/**/*.test.ts', 'site/test/**/*.test.ts', 'scripts/test/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      'api/vitest.config.ts',
      'api/vitest.adversary.config.ts',
      'cms/vitest.config.mts',
      'e2e/vitest.config.ts',
    ],
  },
});
