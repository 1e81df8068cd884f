/**
 * Render reuse and the last good render (docs/decisions/0017-site-http-caching.md):
 * - fresh: pages render on request; browsers revalidate each time (ETag → 304), shared caches may
 *   keep a page 5 s and serve it stale while they revalidate, so a publish shows within seconds;
 * - fast: a render is reused for SITE_RENDER_REUSE_MS (1 s), so a burst of visitors to one page
 *   costs one render a second, well inside the 5 s a publish may take to show;
 * - resilient: the last good render of each address is kept in memory and served, marked as
 *   possibly out of date, when the API cannot answer (the page rendered 503);
 * - private: previews and the health check are never stored or shared, on any spelling of their path.
 */
import { createHash } from 'node:crypto';
import { defineMiddleware } from 'astro:middleware';
import { LRUCache } from 'lru-cache';
import { withHeaders } from './answer-headers';
import { TEXTUAL } from './compression';
import { pagePath } from './request-guard';

interface Render {
  renderedAt: number;
  body: Buffer;
  contentType: string;
  etag: string;
}

// Free-text searches have no end of addresses: they get a small store of their own, so they can
// never push the site's real pages out.
const lastGood = new LRUCache<string, Render>({ maxSize: 64 * 1024 * 1024, sizeCalculation: (render) => render.body.length });
const searches = new LRUCache<string, Render>({ maxSize: 4 * 1024 * 1024, sizeCalculation: (render) => render.body.length });
const storeFor = (url: URL) => (url.searchParams.has('sok') ? searches : lastGood);

const RENDER_REUSE_MS = Number(process.env.SITE_RENDER_REUSE_MS ?? 1000);
const SHARED = { 'cache-control': 'public, max-age=0, must-revalidate, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400' };
const PRIVATE = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' };
const STALE = { 'cache-control': 'no-store', 'retry-after': '30', 'x-spik-stale': '1' };
const NOT_CACHED = new Set(['/forhandsvisning', '/healthz']);
const STALE_NOTICE = '<p class="stale-notice" role="status">Vi når inte vår innehållstjänst just nu, så sidan kan vara några minuter gammal.</p>';

const etagOf = (body: Buffer) => `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

function answer(render: Render, request: Request, headers: Record<string, string>): Response {
  const all = new Headers({ 'content-type': render.contentType, etag: render.etag, ...headers });
  if (request.headers.get('if-none-match') === render.etag) return new Response(null, { status: 304, headers: all });
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(render.body), { status: 200, headers: all });
}

/** The last good render with a notice that it may be out of date; its own ETag, as its bytes differ. */
function withStaleNotice(render: Render): Render {
  if (!render.contentType.startsWith('text/html')) return render;
  const body = Buffer.from(render.body.toString('utf8').replace('<main id="innehall" tabindex="-1">', (main) => `${main}${STALE_NOTICE}`));
  return { ...render, body, etag: etagOf(body) };
}

export const renderCache = defineMiddleware(async ({ request, url }, next) => {
  const readOnly = request.method === 'GET' || request.method === 'HEAD';
  if (!readOnly || NOT_CACHED.has(pagePath(url.pathname))) {
    const response = await next();
    return readOnly ? withHeaders(response, PRIVATE) : response;
  }
  const key = `${url.pathname}${url.search}`;
  const store = storeFor(url);
  const recent = store.get(key);
  if (recent && Date.now() - recent.renderedAt < RENDER_REUSE_MS) return answer(recent, request, SHARED);

  const response = await next();
  const contentType = response.headers.get('content-type') ?? '';
  if (response.status === 200 && TEXTUAL.test(contentType)) {
    const body = Buffer.from(await response.arrayBuffer());
    // Astro leaves the body out of a HEAD answer: nothing to store, the headers alone are the answer.
    if (request.method === 'HEAD' && body.length === 0) return new Response(null, { status: 200, headers: { 'content-type': contentType, ...SHARED } });
    const render: Render = { renderedAt: Date.now(), body, contentType, etag: etagOf(body) };
    store.set(key, render);
    return answer(render, request, SHARED);
  }
  if (response.status === 503) {
    const previous = store.get(key);
    if (previous) return answer(withStaleNotice(previous), request, STALE);
    return withHeaders(response, { 'cache-control': 'no-store', 'retry-after': '30' });
  }
  return response;
});
