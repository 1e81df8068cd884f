/**
 * HTTP behaviour of every page (docs/decisions/0017-site-caching.md):
 * - fresh: pages render on request; browsers revalidate each time (ETag → 304), shared caches may
 *   keep a page 5 s and serve it stale while they revalidate, so a publish shows within seconds;
 * - fast: a render is reused for SITE_RENDER_REUSE_MS (1 s) so a burst of visitors to one page costs
 *   one render a second, well inside the 5 s a publish may take to show;
 * - resilient: the last good render of each address is kept in memory, and served, marked as
 *   possibly out of date, when the API cannot answer (the page rendered 503);
 * - small: HTML, XML and text are gzipped when the browser accepts it;
 * - safe: a Content-Security-Policy that allows exactly the page's own inline scripts (by hash),
 *   images from the API, and nothing from anywhere else.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { defineMiddleware } from 'astro:middleware';
import { LRUCache } from 'lru-cache';

interface Render {
  renderedAt: number;
  body: Buffer;
  /** Made on the first request that accepts gzip, then kept with the render. */
  gzipped?: Buffer | undefined;
  contentType: string;
  etag: string;
  csp?: string;
}

// Images are served by the API under its public address (API_PUBLIC_URL).
const imageOrigin = new URL(process.env.API_PUBLIC_URL ?? 'http://localhost:4000').origin;

/** The policy for one HTML page: its inline scripts are allowed by their SHA-256, nothing else inline. */
function contentSecurityPolicy(html: string): string {
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts.join(' ')}`.trim(),
    // Astro inlines each component's styles; progress bars set their width in a style attribute.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${imageOrigin}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

// Sized by the body alone: a gzipped copy made later is a fraction of it.
const lastGood = new LRUCache<string, Render>({ maxSize: 64 * 1024 * 1024, sizeCalculation: (render) => render.body.length });
const RENDER_REUSE_MS = Number(process.env.SITE_RENDER_REUSE_MS ?? 1000);
const HEADERS = {
  'cache-control': 'public, max-age=0, must-revalidate, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};
const NOT_CACHED = new Set(['/forhandsvisning', '/healthz']);
const TEXTUAL = /^(text\/|application\/(xml|rss\+xml|json))/;
const STALE_NOTICE =
  '<p class="stale-notice" role="status">Vi når inte vår innehållstjänst just nu, så sidan kan vara några minuter gammal.</p>';

function answer(render: Render, request: Request, status: number, extra: Record<string, string>): Response {
  const headers = new Headers({ 'content-type': render.contentType, etag: render.etag, vary: 'Accept-Encoding', ...extra });
  if (render.csp) headers.set('content-security-policy', render.csp);
  if (request.headers.get('x-forwarded-proto') === 'https' || new URL(request.url).protocol === 'https:') {
    headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
  }
  if (request.headers.get('if-none-match') === render.etag) return new Response(null, { status: 304, headers });
  const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
  if (gzip) headers.set('content-encoding', 'gzip');
  if (request.method === 'HEAD') return new Response(null, { status, headers });
  if (!gzip) return new Response(new Uint8Array(render.body), { status, headers });
  render.gzipped ??= gzipSync(render.body);
  return new Response(new Uint8Array(render.gzipped), { status, headers });
}

function withStaleNotice(render: Render): Render {
  const html = render.body.toString('utf8').replace('<main id="innehall" tabindex="-1">', (main) => `${main}${STALE_NOTICE}`);
  return { ...render, body: Buffer.from(html), gzipped: undefined };
}

export const onRequest = defineMiddleware(async (context, next) => {
  const { request, url } = context;
  const reusable = (request.method === 'GET' || request.method === 'HEAD') && !NOT_CACHED.has(url.pathname);
  const recent = reusable ? lastGood.get(`${url.pathname}${url.search}`) : undefined;
  if (recent && Date.now() - recent.renderedAt < RENDER_REUSE_MS) return answer(recent, request, 200, HEADERS);
  const response = await next();
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  response.headers.set('x-frame-options', 'DENY');
  if ((request.method !== 'GET' && request.method !== 'HEAD') || NOT_CACHED.has(url.pathname)) return response;
  const key = `${url.pathname}${url.search}`;
  const contentType = response.headers.get('content-type') ?? '';

  if (response.status === 200 && TEXTUAL.test(contentType)) {
    const body = Buffer.from(await response.arrayBuffer());
    const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    const render: Render = { renderedAt: Date.now(), body, contentType, etag, ...(contentType.startsWith('text/html') && { csp: contentSecurityPolicy(body.toString('utf8')) }) };
    lastGood.set(key, render);
    return answer(render, request, 200, HEADERS);
  }
  if (response.status === 503) {
    const previous = lastGood.get(key);
    const extra = { 'cache-control': 'no-store', 'retry-after': '30', 'x-spik-stale': '1', 'x-content-type-options': 'nosniff' };
    if (previous) return answer(contentType.startsWith('text/html') ? withStaleNotice(previous) : previous, request, 200, extra);
    response.headers.set('cache-control', 'no-store');
    response.headers.set('retry-after', '30');
  }
  if (contentType.startsWith('text/html')) {
    const html = await response.text();
    const headers = new Headers(response.headers);
    headers.set('content-security-policy', contentSecurityPolicy(html));
    return new Response(html, { status: response.status, headers });
  }
  return response;
});
