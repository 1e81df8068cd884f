/**
 * The whole platform as separate processes on free ports with throwaway data: the built Strapi,
 * the built API and the built site. Nothing is mocked.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTemporaryDatabase } from '../scripts/lib/postgres.mjs';
import { freePort } from '../scripts/lib/processes.mjs';
import { startApi, startSite } from '../scripts/lib/stack.mjs';
import { startTestCms } from '../scripts/lib/testing.mjs';

export async function startStack() {
  const cleanups: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const apiPort = await freePort();
    const sitePort = await freePort();
    // Strapi purges the API's cache through its webhook and links editors' previews to the site.
    const cms = await startTestCms({
      engine: process.env.CMS_DATABASE_URL ? 'postgres' : 'sqlite',
      webhookUrl: `http://127.0.0.1:${apiPort}/webhooks/cms`,
      siteUrl: `http://127.0.0.1:${sitePort}`,
    });
    cleanups.push(() => cms.stop());

    let databaseUrl: string | undefined;
    let pgliteDir: string | undefined;
    if (process.env.DATABASE_URL) {
      const database = await createTemporaryDatabase(process.env.DATABASE_URL, 'spik_e2e');
      databaseUrl = database.url;
      cleanups.push(() => database.drop());
    } else {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'spik-api-'));
      pgliteDir = path.join(dir, 'pglite');
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
    }
    const api = startApi({
      port: apiPort,
      cmsUrl: cms.url,
      cmsToken: cms.token,
      databaseUrl,
      pgliteDir,
      quiet: true,
      webhookSecret: cms.cmsEnv.CMS_WEBHOOK_SECRET,
      previewSecret: cms.cmsEnv.PREVIEW_SECRET,
    });
    cleanups.push(() => api.stop());
    await api.ready().catch((error: Error) => {
      throw new Error(`${error.message}\n${api.output()}`);
    });

    const site = startSite({ port: sitePort, apiUrl: `http://127.0.0.1:${apiPort}`, quiet: true });
    cleanups.push(() => site.stop());
    await site.ready().catch((error: Error) => {
      throw new Error(`${error.message}\n${site.output()}`);
    });

    return { cmsUrl: cms.url, cmsEnv: cms.cmsEnv, apiUrl: `http://127.0.0.1:${apiPort}`, siteUrl: `http://127.0.0.1:${sitePort}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
