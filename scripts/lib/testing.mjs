// Test-only helpers shared by the api, cms and end-to-end suites: a real Strapi on a free port
// with its own database, which it throws away afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureCmsEnv } from './cms-env.mjs';
import { createTemporaryDatabase } from './postgres.mjs';
import { freePort } from './processes.mjs';
import { root, startCms } from './stack.mjs';

/**
 * Starts the built Strapi. `engine: 'postgres'` uses a fresh database on the server named by
 * CMS_DATABASE_URL; 'sqlite' a file in a temporary folder. `reuse` restarts on the same data.
 * @param {{ engine?: string, reuse?: { databaseUrl?: string, sqliteFile?: string, dispose: () => Promise<unknown> }, webhookUrl?: string, siteUrl?: string }} [options]
 */
export async function startTestCms({ engine = 'sqlite', reuse, webhookUrl, siteUrl } = {}) {
  const cmsEnv = ensureCmsEnv(root);
  const port = await freePort();
  let storage = reuse;
  if (!storage) {
    if (engine === 'postgres') {
      if (!process.env.CMS_DATABASE_URL) throw new Error('CMS_DATABASE_URL must name a PostgreSQL server');
      const database = await createTemporaryDatabase(process.env.CMS_DATABASE_URL, 'spik_cms_test');
      storage = { databaseUrl: database.url, dispose: () => database.drop() };
    } else {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'spik-cms-'));
      storage = { sqliteFile: path.join(dir, 'cms.db'), dispose: () => rm(dir, { recursive: true, force: true }) };
    }
  }
  const cms = startCms({ port, cmsEnv, databaseUrl: storage.databaseUrl, sqliteFile: storage.sqliteFile, quiet: true, webhookUrl, siteUrl });
  try {
    await cms.ready();
  } catch (error) {
    console.error(cms.output());
    await cms.stop();
    await storage.dispose();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    token: /** @type {string} */ (cmsEnv.CMS_API_TOKEN),
    cmsEnv,
    storage,
    output: cms.output,
    /** Stops Strapi but keeps its data, for a restart with `reuse: storage`. */
    stopKeepingData: () => cms.stop(),
    async stop() {
      await cms.stop();
      await storage.dispose();
    },
  };
}

/** The database engines the CMS suites run on: SQLite always, PostgreSQL when configured. */
export const cmsEngines = ['sqlite', ...(process.env.CMS_DATABASE_URL ? ['postgres'] : [])];
