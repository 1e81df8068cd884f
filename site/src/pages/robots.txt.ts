import type { APIRoute } from 'astro';
import { siteOrigin } from '../lib/api';

export const GET: APIRoute = ({ url }) =>
  new Response(['User-agent: *', 'Disallow: /forhandsvisning', '', `Sitemap: ${siteOrigin(url)}/sitemap.xml`, ''].join('\n'), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
