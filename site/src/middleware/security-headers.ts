/**
 * The security headers of every answer the site renders. HTML gets a Content-Security-Policy that
 * allows exactly the page's own inline scripts (by hash), images from the API, and nothing from
 * anywhere else; only the editors' preview may be framed, and only by the CMS's admin. Why this
 * is not Astro's own `security.csp`: docs/decisions/0039-site-middleware.md.
 */
import { createHash } from 'node:crypto';
import { defineMiddleware } from 'astro:middleware';
import { LRUCache } from 'lru-cache';
import { withHeaders } from './answer-headers';
import { pagePath } from './request-guard';

// Images are served by the API under its public address (API_PUBLIC_URL).
const imageOrigin = new URL(process.env.API_PUBLIC_URL ?? 'http://localhost:4000').origin;

/** Who may frame the preview: the CMS admin (CMS_ADMIN_URL), whose preview panel shows it. */
const PREVIEW_FRAMERS = (process.env.CMS_ADMIN_URL ?? '')
  .split(',')
  .map((url) => url.trim())
  .filter(Boolean)
  .map((url) => new URL(url).origin);

const ALWAYS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

/** The policy for one HTML page: its inline scripts are allowed by their SHA-256, nothing else inline. */
export function contentSecurityPolicy(html: string, framers: string[] = []): string {
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

// A stored render's policy is worked out once, by its ETag; the preview (framed) is never stored.
const policyByEtag = new LRUCache<string, string>({ max: 2_000 });

export const securityHeaders = defineMiddleware(async ({ request, url }, next) => {
  const response = await next();
  const set: Record<string, string> = { ...ALWAYS };
  if (request.headers.get('x-forwarded-proto') === 'https' || url.protocol === 'https:') {
    set['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
  }
  const framers = pagePath(url.pathname) === '/forhandsvisning' ? PREVIEW_FRAMERS : [];
  // X-Frame-Options knows no list of origins; frame-ancestors (which browsers prefer) says who may frame.
  const removed = framers.length ? ['x-frame-options'] : [];
  const etag = framers.length ? null : response.headers.get('etag');
  const known = etag ? policyByEtag.get(etag) : undefined;
  if (known) return withHeaders(response, { ...set, 'content-security-policy': known }, removed);
  if (!response.body || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return withHeaders(response, set, removed);
  const html = await response.text();
  const policy = contentSecurityPolicy(html, framers);
  if (etag) policyByEtag.set(etag, policy);
  return withHeaders(new Response(html, { status: response.status, headers: response.headers }), { ...set, 'content-security-policy': policy }, removed);
});
