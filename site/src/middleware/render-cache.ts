/**
 * HTTP behaviour of every page (docs/decisions/0017-site-http-caching.md):
 * - fresh: pages render on request; browsers revalidate each time (ETag → 304), shared caches may
 *   keep a page 5 s and serve it stale while they revalidate, so a publish shows within seconds;
 * - fast: a render is reused for SITE_RENDER_REUSE_MS (1 s) so a burst of visitors to one page costs
 *   one render a second, well inside the 5 s a publish may take to show;
 * - resilient: the last good render of each address is kept in memory, and served, marked as
 *   possibly out of date, when the API cannot answer (the page rendered 503);
 * - small: HTML, XML and text are gzipped when the browser accepts it;
 * - safe: a Content-Security-Policy on every HTML page (previews too) that allows exactly the
 *   page's own inline scripts (by hash), images from the API, and nothing from anywhere else;
 *   previews are never stored or shared on any spelling of their path; and each client may cause
 *   a bounded number of renders of filtered or searched pages.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { defineMiddleware } from 'astro:middleware';
import { LRUCache } from 'lru-cache';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { pagePath } from './request-guard';

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

/**
 * Only the editors' preview may be framed, and only by the CMS's admin (CMS_ADMIN_URL), whose
 * preview panel shows it; every other page stays unframeable.
 */
const PREVIEW_FRAMERS = (process.env.CMS_ADMIN_URL ?? '')
  .split(',')
  .map((url) => url.trim())
  .filter(Boolean)
  .map((url) => new URL(url).origin);

/** The policy for one HTML page: its inline scripts are allowed by their SHA-256, nothing else inline. */
function contentSecurityPolicy(html: string, framers: string[] = []): string {
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
    `frame-ancestors ${framers.length ? framers.join(' ') : "'none'"}`,
  ].join('; ');
}

// Sized by the body alone: a gzipped copy made later is a fraction of it.
const lastGood = new LRUCache<string, Render>({ maxSize: 64 * 1024 * 1024, sizeCalculation: (render) => render.body.length });
// Free-text searches have no end of addresses: they get a small cache of their own, so they can
// never push the site's real pages out.
const searches = new LRUCache<string, Render>({ maxSize: 4 * 1024 * 1024, sizeCalculation: (render) => render.body.length });
const storeFor = (url: URL) => (url.searchParams.has('sok') ? searches : lastGood);

/** Renders of filtered or searched pages one client may cause (SITE_RENDER_LIMIT "per second/burst per 10 s"); reused renders are free. */
const [RENDERS_PER_SECOND, RENDER_BURST] = (process.env.SITE_RENDER_LIMIT ?? '20/200').split('/').map(Number) as [number, number];
const renderLimiter = new BurstyRateLimiter(
  new RateLimiterMemory({ points: RENDERS_PER_SECOND, duration: 1, keyPrefix: 'renders' }),
  new RateLimiterMemory({ points: RENDER_BURST, duration: 10, keyPrefix: 'render-burst' }),
);
const TOO_MANY = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>För många förfrågningar – SPIK</title></head><body><main><h1>För många förfrågningar</h1><p>Du har bett om väldigt många sidor på kort tid. Vänta några sekunder och försök igen.</p><p><a href="/">Till startsidan</a></p></main></body></html>`;
const RENDER_REUSE_MS = Number(process.env.SITE_RENDER_REUSE_MS ?? 1000);
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};
const HEADERS = {
  'cache-control': 'public, max-age=0, must-revalidate, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400',
  ...SECURITY_HEADERS,
};
/** Never stored, reused or shared, on any spelling of the path (see pagePath). */
const NOT_CACHED = new Set(['/forhandsvisning', '/healthz']);
const PRIVATE_HEADERS = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' };
const TEXTUAL = /^(text\/|application\/(xml|rss\+xml|json))/;
const STALE_NOTICE = '<p class="stale-notice" role="status">Vi når inte vår innehållstjänst just nu, så sidan kan vara några minuter gammal.</p>';

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

export const renderCache = defineMiddleware(async (context, next) => {
  const { request, url } = context;
  const cacheable = (request.method === 'GET' || request.method === 'HEAD') && !NOT_CACHED.has(pagePath(url.pathname));
  const key = `${url.pathname}${url.search}`;
  const store = storeFor(url);
  const recent = cacheable ? store.get(key) : undefined;
  if (recent && Date.now() - recent.renderedAt < RENDER_REUSE_MS) return answer(recent, request, 200, HEADERS);

  try {
    // Only addresses with a query string count: the plain pages are a fixed set that reuse keeps
    // cheap however many ask, while filters and searches have no end of spellings.
    if (url.search) await renderLimiter.consume(context.clientAddress);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    return new Response(TOO_MANY, {
      status: 429,
      headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': seconds, 'cache-control': 'no-store' },
    });
  }
  const response = await next();
  const contentType = response.headers.get('content-type') ?? '';
  const framers = pagePath(url.pathname) === '/forhandsvisning' ? PREVIEW_FRAMERS : [];
  if (!cacheable) return secured(response, contentType, request.method === 'GET' || request.method === 'HEAD' ? PRIVATE_HEADERS : {}, framers);

  if (response.status === 200 && TEXTUAL.test(contentType)) {
    const body = Buffer.from(await response.arrayBuffer());
    // Astro leaves the body out of a HEAD answer: nothing to store, the headers alone are the answer.
    if (request.method === 'HEAD' && body.length === 0)
      return new Response(null, { status: 200, headers: { 'content-type': contentType, vary: 'Accept-Encoding', ...HEADERS } });
    const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    const render: Render = {
      renderedAt: Date.now(),
      body,
      contentType,
      etag,
      ...(contentType.startsWith('text/html') && { csp: contentSecurityPolicy(body.toString('utf8')) }),
    };
    store.set(key, render);
    return answer(render, request, 200, HEADERS);
  }
  if (response.status === 503) {
    const previous = store.get(key);
    const extra = { 'cache-control': 'no-store', 'retry-after': '30', 'x-spik-stale': '1', 'x-content-type-options': 'nosniff' };
    if (previous) return answer(contentType.startsWith('text/html') ? withStaleNotice(previous) : previous, request, 200, extra);
    response.headers.set('cache-control', 'no-store');
    response.headers.set('retry-after', '30');
  }
  return secured(response, contentType, {});
});

/** The headers every answer that is not a stored render gets: the page's own CSP when it is HTML. */
async function secured(response: Response, contentType: string, extra: Record<string, string>, framers: string[] = []): Promise<Response> {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries({ ...SECURITY_HEADERS, ...extra })) headers.set(name, value);
  // X-Frame-Options knows no list of origins; frame-ancestors (which browsers prefer) says who may frame.
  if (framers.length) headers.delete('x-frame-options');
  if (!contentType.startsWith('text/html')) return new Response(response.body, { status: response.status, headers });
  const html = await response.text();
  headers.set('content-security-policy', contentSecurityPolicy(html, framers));
  return new Response(html, { status: response.status, headers });
}
