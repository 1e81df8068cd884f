// Test-only helpers shared by the api, cms and end-to-end suites (and the Lighthouse, screenshot
// and bench scripts): a real Strapi, API and site on free ports, each with its own data, which
// they throw away afterwards. The data starts as a copy of a template made once per run
// (templates.mjs), so a test pays for Strapi's seed and the API's demo data once, not each time.
import { cp, copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureCmsEnv } from '../scripts/lib/cms-env.mjs';
import { copyDatabase, createTemporaryDatabase } from '../scripts/lib/postgres.mjs';
import { freePort } from '../scripts/lib/processes.mjs';
import { root, startApi, startCms, startSite } from '../scripts/lib/stack.mjs';
import { isSoloRun, once, recordTemplateDatabase, removeRun, runFolder } from './templates.mjs';

/** Empty storage for a Strapi: a PostgreSQL database or a SQLite file in a temporary folder. */
async function emptyCmsStorage(engine) {
  if (engine === 'postgres') {
    if (!process.env.CMS_DATABASE_URL) throw new Error('CMS_DATABASE_URL must name a PostgreSQL server');
    const database = await createTemporaryDatabase(process.env.CMS_DATABASE_URL, 'spik_cms_test');
    return { databaseUrl: database.url, databaseName: database.name, dispose: () => database.drop() };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'spik-cms-'));
  return { sqliteFile: path.join(dir, 'cms.db'), dispose: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A seeded Strapi database, made once per run and engine: Strapi started on empty storage (it
 * creates its tables, roles, token and seed content), then stopped.
 */
function seededCmsTemplate(engine) {
  return once(`cms-${engine}`, async () => {
    const storage = await emptyCmsStorage(engine);
    const cms = await startTestCms({ engine, reuse: storage, extraEnv: { COURSE_SYNC_NIGHTLY: 'false' } });
    await cms.stopKeepingData();
    if (engine === 'postgres') {
      recordTemplateDatabase(process.env.CMS_DATABASE_URL, storage.databaseName);
      return { databaseName: storage.databaseName };
    }
    const file = path.join(runFolder(), 'cms-template.db');
    await copyFile(storage.sqliteFile, file);
    await storage.dispose();
    return { sqliteFile: file };
  });
}

/** A copy of the seeded Strapi database, thrown away by `dispose`. */
async function seededCmsStorage(engine) {
  const template = await seededCmsTemplate(engine);
  if (engine === 'postgres') {
    const copy = await copyDatabase(/** @type {string} */ (process.env.CMS_DATABASE_URL), template.databaseName, 'spik_cms_test');
    return { databaseUrl: copy.url, dispose: copy.drop };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'spik-cms-'));
  const sqliteFile = path.join(dir, 'cms.db');
  await copyFile(template.sqliteFile, sqliteFile);
  return { sqliteFile, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Starts the built Strapi. `engine: 'postgres'` uses a database on the server named by
 * CMS_DATABASE_URL; 'sqlite' a file in a temporary folder. Either starts as a copy of the run's
 * seeded template; `fresh: true` starts on empty storage instead, for the tests of the seed itself.
 * `reuse` restarts on the same data. `port` restarts it where it was, so the API finds it again.
 * `extraEnv` adds settings to its environment (e.g. `SUSA_NAVET_TIMEOUT_MS`).
 * @param {{ engine?: string, fresh?: boolean, reuse?: { databaseUrl?: string, sqliteFile?: string, dispose: () => Promise<unknown> }, webhookUrl?: string, siteUrl?: string, port?: number, extraEnv?: Record<string, string> }} [options]
 */
export async function startTestCms({ engine = 'sqlite', fresh = false, reuse, webhookUrl, siteUrl, port: fixedPort, extraEnv = {} } = {}) {
  const cmsEnv = { ...ensureCmsEnv(root), ...extraEnv };
  const port = fixedPort ?? (await freePort());
  const storage = reuse ?? (fresh ? await emptyCmsStorage(engine) : await seededCmsStorage(engine));
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
 * The API's database as the API leaves it after its first start (migrated, seeded, with demo
 * data), made once per run on DATABASE_URL's server or as a PGlite folder.
 */
function apiTemplate(engine) {
  return once(`api-${engine}`, async () => {
    const storage = await emptyApiStorage(engine === 'postgresql' ? process.env.DATABASE_URL : undefined);
    const port = await freePort();
    const api = startApi({ port, cmsUrl: 'http://127.0.0.1:9', cmsToken: 'none', ...storage, quiet: true });
    await api.ready().catch((/** @type {Error} */ error) => {
      throw new Error(`${error.message}\n${api.output()}`);
    });
    await api.stop();
    if (storage.databaseName) {
      recordTemplateDatabase(/** @type {string} */ (process.env.DATABASE_URL), storage.databaseName);
      return { databaseName: storage.databaseName };
    }
    const folder = path.join(runFolder(), 'api-template');
    await cp(/** @type {string} */ (storage.pgliteDir), folder, { recursive: true });
    await storage.dispose();
    return { pgliteDir: folder };
  });
}

/** An empty database for the API: on `databaseServer`, or a PGlite folder. */
async function emptyApiStorage(databaseServer) {
  if (databaseServer) {
    const database = await createTemporaryDatabase(databaseServer, 'spik_e2e');
    return { databaseUrl: database.url, databaseName: database.name, dispose: () => database.drop() };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'spik-api-'));
  return { pgliteDir: path.join(dir, 'pglite'), dispose: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A copy of the run's API template; on another server than DATABASE_URL's (the outage test's
 * private one) an empty database, which the API fills on start.
 */
async function apiStorage(databaseServer) {
  if (databaseServer && databaseServer !== process.env.DATABASE_URL) return emptyApiStorage(databaseServer);
  const template = await apiTemplate(databaseServer ? 'postgresql' : 'pglite');
  if (databaseServer) {
    const copy = await copyDatabase(databaseServer, template.databaseName, 'spik_e2e');
    return { databaseUrl: copy.url, dispose: copy.drop };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'spik-api-'));
  const pgliteDir = path.join(dir, 'pglite');
  await cp(template.pgliteDir, pgliteDir, { recursive: true });
  return { pgliteDir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

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
    if (isSoloRun()) await removeRun();
  };
  try {
    const apiPort = await freePort();
    const sitePort = await freePort();
    // Strapi purges the API's cache through its webhook and links editors' previews to the site.
    const cmsOptions = { webhookUrl: `http://127.0.0.1:${apiPort}/webhooks/cms`, siteUrl: `http://127.0.0.1:${sitePort}` };
    let cms = await startTestCms({ engine: process.env.CMS_DATABASE_URL ? 'postgres' : 'sqlite', ...cmsOptions });
    cleanups.push(() => cms.stop());

    const { databaseUrl, pgliteDir, dispose } = await apiStorage(databaseServer);
    cleanups.push(dispose);
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
