import type { APIRoute } from 'astro';

/** Liveness of the site process itself; it does not call the API. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ status: 'ok' }), {
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });

// Crawlers, link checkers and uptime monitors ask with HEAD: the same answer without its body.
export const HEAD: APIRoute = GET;
