// How to run each built service. Ports, databases and URLs come in as arguments so that
// `npm start` (fixed ports, persistent data) and the tests (free ports, throwaway data) share it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startService } from './processes.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const node = process.execPath;

/**
 * @param {{ port: number, cmsEnv: Record<string, string>, databaseUrl?: string, sqliteFile?: string, quiet?: boolean, demoAdmin?: boolean, webhookUrl?: string, siteUrl?: string }} options
 *   `cmsEnv` holds the values of cms/.env (secrets, token, demo admin); `databaseUrl` selects
 *   PostgreSQL, otherwise SQLite in `sqliteFile`.
 */
export function startCms({ port, cmsEnv, databaseUrl, sqliteFile, quiet, demoAdmin = true, webhookUrl, siteUrl }) {
  const env = {
    ...cmsEnv,
    HOST: '127.0.0.1',
    PORT: String(port),
    NODE_ENV: 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    BROWSER: 'none',
  };
  // Publishing purges the API's cache through this webhook; previews open the draft on the site.
  if (webhookUrl) env.CMS_WEBHOOK_URL = webhookUrl;
  if (siteUrl) env.SITE_PREVIEW_URL = siteUrl;
  // Always set: an inherited CMS_DATABASE_URL must not turn a SQLite instance into a PostgreSQL one.
  env.CMS_DATABASE_URL = databaseUrl ?? '';
  if (sqliteFile) env.CMS_DATABASE_FILENAME = sqliteFile;
  if (!demoAdmin) {
    env.CMS_DEMO_ADMIN_EMAIL = '';
    env.CMS_DEMO_ADMIN_PASSWORD = '';
  }
  return startService({
    name: 'cms',
    command: node,
    args: [path.join(root, 'cms/node_modules/@strapi/strapi/bin/strapi.js'), 'start'],
    cwd: path.join(root, 'cms'),
    env,
    readyUrl: `http://127.0.0.1:${port}/_health`,
    quiet,
  });
}

/**
 * V8 flags for the API process, also in api/package.json's start script. A young generation of
 * 8 MiB instead of Node 24's default keeps the facts load's short-lived objects from growing the
 * heap for good: 280 MiB instead of 405 MiB after loading 1 000 000 participants (decision 0032).
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=8'];

/**
 * @param {{ port: number, cmsUrl: string, cmsToken: string, databaseUrl?: string, pgliteDir?: string, publicUrl?: string, quiet?: boolean, webhookSecret?: string, previewSecret?: string, extraEnv?: Record<string, string> }} options
 */
export function startApi({ port, cmsUrl, cmsToken, databaseUrl, pgliteDir, publicUrl, quiet, webhookSecret, previewSecret, extraEnv }) {
  const env = {
    HOST: '127.0.0.1',
    PORT: String(port),
    NODE_ENV: 'production',
    CMS_URL: cmsUrl,
    CMS_API_TOKEN: cmsToken,
    API_PUBLIC_URL: publicUrl ?? `http://localhost:${port}`,
    DATABASE_URL: databaseUrl ?? '',
    CMS_WEBHOOK_SECRET: webhookSecret ?? '',
    PREVIEW_SECRET: previewSecret ?? '',
    // The site runs beside the API on this machine: its server is exempt from the rate limit,
    // as the site's servers are in production (README, operations).
    RATE_LIMIT_EXEMPT: process.env.RATE_LIMIT_EXEMPT ?? '127.0.0.1,::1,::ffff:127.0.0.1',
    ...(process.env.REDIS_URL && { REDIS_URL: process.env.REDIS_URL }),
    ...extraEnv,
  };
  if (pgliteDir) env.API_PGLITE_DIR = pgliteDir;
  return startService({
    name: 'api',
    command: node,
    args: [...API_NODE_FLAGS, path.join(root, 'api/dist/main.js')],
    cwd: path.join(root, 'api'),
    env,
    readyUrl: `http://127.0.0.1:${port}/healthz`,
    quiet,
  });
}

/**
 * `today` (YYYY-MM-DD) pins the site's calendar, e.g. to show it after the project has ended;
 * `pageSize` sets how many news items and courses a list page shows; `renderLimit` ("20/200")
 * the renders one client may cause per second and per 10 s; `siteUrl` the public origin;
 * `cmsAdminUrl` the admin (comma-separated origins) whose preview panel may frame /forhandsvisning;
 * `extraEnv` more settings (e.g. `SITE_ARCHIVE_COPY` for the static archive).
 * @param {{ port: number, apiUrl: string, apiPublicUrl?: string, quiet?: boolean, today?: string, pageSize?: number, siteUrl?: string, renderLimit?: string, cmsAdminUrl?: string, extraEnv?: Record<string, string> }} options
 */
export function startSite({ port, apiUrl, apiPublicUrl, quiet, today, pageSize, siteUrl, renderLimit, cmsAdminUrl, extraEnv }) {
  return startService({
    name: 'site',
    command: node,
    args: [path.join(root, 'site/bin/serve.mjs')],
    cwd: path.join(root, 'site'),
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      API_URL: apiUrl,
      // Where browsers load images from (the site's Content-Security-Policy allows it).
      API_PUBLIC_URL: apiPublicUrl ?? apiUrl,
      // Links in pages and feeds use this origin, never the request's Host header.
      SITE_URL: siteUrl ?? `http://127.0.0.1:${port}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(today && { SITE_TODAY: today }),
      ...(pageSize && { SITE_PAGE_SIZE: String(pageSize) }),
      ...(renderLimit && { SITE_RENDER_LIMIT: renderLimit }),
      // The admin whose preview panel may frame /forhandsvisning.
      ...(cmsAdminUrl && { CMS_ADMIN_URL: cmsAdminUrl }),
      ...extraEnv,
    },
    readyUrl: `http://127.0.0.1:${port}/healthz`,
    quiet,
  });
}
