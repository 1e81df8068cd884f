import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** The adversary layer's files (vitest.adversary.config.ts): the disclosure attacker. */
export const ADVERSARY = ['test/disclosure.test.ts', 'test/disclosure-attacks.test.ts'];

/** What the API's two layers share: the API in process, and the adversary. */
export const apiLayer = (name: string, files: { include: string[]; exclude?: string[] }) =>
  defineConfig({
    resolve: {
      // type-graphql runs outside Vite and loads graphql's CommonJS build; the API's own code must
      // get the very same module, or graphql refuses types "from another module or realm".
      alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
    },
    test: {
      name,
      // The project ends on 2026-12-31 and then refuses writes (decision 0036): the suites run as on a
      // day inside it, and a test of the end sets its own day.
      env: { API_TODAY: '2026-11-28', CMS_TODAY: '2026-11-28' },
      ...files,
      setupFiles: ['reflect-metadata'],
      globalSetup: ['../testing/global-setup.mjs'],
      // A busy two-core machine (two test files and the adversary at once) is slower than a quiet one.
      expect: { poll: { timeout: 15_000 } },
      testTimeout: 120_000,
      hookTimeout: 240_000,
    },
  });

export default apiLayer('api', { include: ['test/**/*.test.ts'], exclude: ADVERSARY });
