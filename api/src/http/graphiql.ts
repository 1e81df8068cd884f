/**
 * GraphiQL for partners, served by the API itself: GET /graphiql is the page, its scripts, styles
 * and Monaco's workers come from /graphiql/assets/, all bundled from npm packages by
 * scripts/graphiql/build.mjs. Nothing loads from a CDN. A browser opening /graphql lands here too.
 *
 * The bundle is built with the API (`pnpm build` → dist/graphiql/). Run from source, the first
 * GraphiQL request builds it into node_modules/.cache instead (a couple of seconds, once).
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

interface Manifest {
  key: string;
  entry: { js: string; css: string };
  files: Record<string, { gzip: boolean }>;
}

interface Assets {
  dir: string;
  manifest: Manifest;
}

interface BuildScript {
  graphiqlBuildKey(): Promise<string>;
  buildGraphiql(outdir: string, options?: { replace?: boolean }): Promise<Manifest>;
}

const PAGE_PATH = '/graphiql';
const ASSET_PATH = `${PAGE_PATH}/assets`;
// dist/http/graphiql.js → dist/graphiql/, written by the build. From src/ this never exists.
const PREBUILT_DIR = fileURLToPath(new URL('../graphiql/', import.meta.url));
// src/http/ and dist/http/ are both two levels below api/.
const API_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILD_SCRIPT = new URL('../../scripts/graphiql/build.mjs', import.meta.url);
const CACHE_DIR = join(API_ROOT, 'node_modules/.cache/spik-graphiql');

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * Same origin only. Monaco and React set element styles, hence 'unsafe-inline' for styles; fonts
 * and the favicon are data: URLs. Scripts are files from this origin, never inline.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

async function readManifest(dir: string): Promise<Manifest> {
  return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** The prebuilt bundle, or one built (once per dependency change) into the cache. */
async function loadAssets(): Promise<Assets> {
  if (existsSync(join(PREBUILT_DIR, 'manifest.json'))) return { dir: PREBUILT_DIR, manifest: await readManifest(PREBUILT_DIR) };

  let script: BuildScript;
  try {
    script = (await import(BUILD_SCRIPT.href)) as BuildScript;
  } catch (error) {
    throw new Error(`GraphiQL is not built (no ${PREBUILT_DIR}) and its build script cannot run here: ${String(error)}`, { cause: error });
  }
  const key = await script.graphiqlBuildKey();
  const dir = join(CACHE_DIR, key);
  if (existsSync(join(dir, 'manifest.json'))) return { dir, manifest: await readManifest(dir) };

  const manifest = await script.buildGraphiql(dir, { replace: false });
  // Bundles of older dependency versions are of no further use.
  for (const entry of await readdir(CACHE_DIR)) {
    if (entry !== key && !entry.endsWith('.tmp')) await rm(join(CACHE_DIR, entry), { recursive: true, force: true });
  }
  return { dir, manifest };
}

/**
 * True when the client wants a page rather than a GraphQL response: text/html ranks above every
 * JSON type it names. Browsers navigating ask for text/html; GraphQL clients for JSON or anything.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  let html = 0;
  let json = 0;
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    const quality = q ? Number(q.slice(2)) || 0 : 1;
    if (type === 'text/html') html = Math.max(html, quality);
    if (type === 'application/json' || type === 'application/graphql-response+json') json = Math.max(json, quality);
  }
  return html > 0 && html > json;
}

function renderPage({ entry }: Manifest): string {
  return `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>SPIK GraphQL API – GraphiQL</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="${ASSET_PATH}/${entry.css}">
    <script type="module" src="${ASSET_PATH}/${entry.js}"></script>
  </head>
  <body>
    <header class="spik-intro">
      <strong>SPIK GraphQL API</strong> ·
      Klistra in din API-nyckel under <em>Headers</em> nedan, <code>{"Authorization": "Bearer spik_…"}</code>, och kör frågan med ▶.
    </header>
    <main id="graphiql" data-endpoint="/graphql">
      <noscript>GraphiQL behöver JavaScript. Frågor kan också skickas som POST till /graphql.</noscript>
    </main>
  </body>
</html>
`;
}

export function registerGraphiql(app: FastifyInstance): void {
  let pending: Promise<Assets> | undefined;
  const assets = (): Promise<Assets> => {
    pending ??= loadAssets().catch((error: unknown) => {
      pending = undefined; // try again on the next request
      throw error;
    });
    return pending;
  };

  async function unavailable(request: FastifyRequest, reply: FastifyReply, error: unknown) {
    request.log.error({ err: error }, 'GraphiQL assets unavailable');
    return reply.code(503).type('text/plain; charset=utf-8').send('GraphiQL är inte tillgängligt just nu.\n');
  }

  // A browser navigating to /graphql gets the explorer, with any ?query=… carried over. Every
  // GraphQL request (JSON, POST, or without a preference for HTML) still reaches Apollo.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const queryAt = request.url.indexOf('?');
    const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
    if (path !== '/graphql' || !prefersHtml(request.headers.accept)) return;
    return reply.redirect(`${PAGE_PATH}${queryAt === -1 ? '' : request.url.slice(queryAt)}`, 302);
  });

  app.get(PAGE_PATH, async (request, reply) => {
    let manifest: Manifest;
    try {
      ({ manifest } = await assets());
    } catch (error) {
      return unavailable(request, reply, error);
    }
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .send(renderPage(manifest));
  });

  app.get<{ Params: { file: string } }>(`${ASSET_PATH}/:file`, async (request, reply) => {
    let loaded: Assets;
    try {
      loaded = await assets();
    } catch (error) {
      return unavailable(request, reply, error);
    }
    const { file } = request.params;
    // Only names the build wrote: no paths, nothing else from the directory.
    const entry = Object.hasOwn(loaded.manifest.files, file) ? loaded.manifest.files[file] : undefined;
    const contentType = CONTENT_TYPES[file.slice(file.lastIndexOf('.'))];
    if (!entry || !contentType) return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');

    const gzip = entry.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = await readFile(join(loaded.dir, gzip ? `${file}.gz` : file));
    reply
      .type(contentType)
      // Every name carries a content hash.
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .header('vary', 'accept-encoding');
    if (gzip) reply.header('content-encoding', 'gzip');
    return reply.send(body);
  });
}
