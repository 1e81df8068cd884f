import type { APIRoute } from 'astro';
import { siteOrigin } from '../lib/api';

export const GET: APIRoute = () =>
  new Response(['User-agent: *', 'Disallow: /forhandsvisning', '', `Sitemap: ${siteOrigin()}/sitemap.xml`, ''].join('\n'), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });

// Crawlers, link checkers and uptime monitors ask with HEAD: the same answer without its body.
export const HEAD: APIRoute = GET;
