// Test-only helpers shared by the api, cms and end-to-end suites: a real Strapi on a free port
// with its own database, which it throws away afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureCmsEnv } from './cms-env.mjs';
import { createTemporaryDatabase } from './postgres.mjs';
import { freePort } from './processes.mjs';
import { root, startApi, startCms, startSite } from './stack.mjs';

/**
 * Starts the built Strapi. `engine: 'postgres'` uses a fresh database on the server named by
 * CMS_DATABASE_URL; 'sqlite' a file in a temporary folder. `reuse` restarts on the same data.
 * `port` restarts it where it was, so the API finds it again.
 * `extraEnv` adds settings to its environment (e.g. `SUSA_NAVET_TIMEOUT_MS`).
 * @param {{ engine?: string, reuse?: { databaseUrl?: string, sqliteFile?: string, dispose: () => Promise<unknown> }, webhookUrl?: string, siteUrl?: string, port?: number, extraEnv?: Record<string, string> }} [options]
 */
export async function startTestCms({ engine = 'sqlite', reuse, webhookUrl, siteUrl, port: fixedPort, extraEnv = {} } = {}) {
  const cmsEnv = { ...ensureCmsEnv(root), ...extraEnv };
  const port = fixedPort ?? (await freePort());
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
    /** Kills Strapi at once (SIGKILL), keeping its data. */
    kill: () => cms.stop(0),
    async stop() {
      await cms.stop();
      await storage.dispose();
    },
  };
}

/** The database engines the CMS suites run on: SQLite always, PostgreSQL when configured. */
export const cmsEngines = ['sqlite', ...(process.env.CMS_DATABASE_URL ? ['postgres'] : [])];

/**
 * The whole platform as separate processes on free ports with throwaway data: the built Strapi,
 * the built API and the built site. Nothing is mocked. PostgreSQL when DATABASE_URL /
 * CMS_DATABASE_URL name a server, else PGlite and SQLite in temporary folders.
 * `today` pins the site's calendar; `pageSize` sets its list pages' length; `apiEnv` adds settings
 * to the API's environment.
 * `databaseServer` puts the API's database on that PostgreSQL server instead of DATABASE_URL's.
 * @param {{ today?: string, pageSize?: number, apiEnv?: Record<string, string>, databaseServer?: string }} [options]
 */
export async function startStack({ today, pageSize, apiEnv, databaseServer = process.env.DATABASE_URL } = {}) {
  /** @type {(() => Promise<unknown>)[]} */
  const cleanups = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const apiPort = await freePort();
    const sitePort = await freePort();
    // Strapi purges the API's cache through its webhook and links editors' previews to the site.
    const cmsOptions = { webhookUrl: `http://127.0.0.1:${apiPort}/webhooks/cms`, siteUrl: `http://127.0.0.1:${sitePort}` };
    let cms = await startTestCms({ engine: process.env.CMS_DATABASE_URL ? 'postgres' : 'sqlite', ...cmsOptions });
    cleanups.push(() => cms.stop());

    let databaseUrl;
    let pgliteDir;
    if (databaseServer) {
      const database = await createTemporaryDatabase(databaseServer, 'spik_e2e');
      databaseUrl = database.url;
      cleanups.push(() => database.drop());
    } else {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'spik-api-'));
      pgliteDir = path.join(dir, 'pglite');
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
    }
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const api = startApi({
      port: apiPort,
      cmsUrl: cms.url,
      cmsToken: cms.token,
      databaseUrl,
      pgliteDir,
      quiet: true,
      webhookSecret: cms.cmsEnv.CMS_WEBHOOK_SECRET,
      previewSecret: cms.cmsEnv.PREVIEW_SECRET,
      extraEnv: apiEnv,
    });
    cleanups.push(() => api.stop());
    await api.ready().catch((/** @type {Error} */ error) => {
      throw new Error(`${error.message}\n${api.output()}`);
    });

    /** @param {{ today?: string, pageSize?: number, renderLimit?: string }} siteOptions */
    const launchSite = async (port, siteOptions) => {
      const site = startSite({ port, apiUrl, apiPublicUrl: `http://localhost:${apiPort}`, cmsAdminUrl: cms.url, quiet: true, ...siteOptions });
      cleanups.push(() => site.stop());
      await site.ready().catch((/** @type {Error} */ error) => {
        throw new Error(`${error.message}\n${site.output()}`);
      });
      return `http://127.0.0.1:${port}`;
    };
    const siteUrl = await launchSite(sitePort, { today, pageSize });

    return {
      cmsUrl: cms.url,
      cmsEnv: cms.cmsEnv,
      apiUrl,
      siteUrl,
      /** Stops the API alone, to see how the site copes without it. */
      stopApi: () => api.stop(),
      /** Kills Strapi (SIGKILL: no goodbye to anyone), keeping its data. */
      killCms: () => cms.kill(),
      /** Starts Strapi again on the same port and data. */
      restartCms: async () => {
        cms = await startTestCms({ reuse: cms.storage, port: Number(new URL(cms.url).port), ...cmsOptions });
      },
      /**
       * Another site process on the same API, e.g. with its calendar pinned to another day.
       * @param {{ today?: string, pageSize?: number, renderLimit?: string }} siteOptions
       */
      startSite: async (siteOptions) => launchSite(await freePort(), siteOptions),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
