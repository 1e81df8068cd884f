import type { APIRoute } from 'astro';
import type { NewsListQuery } from '@spik/shared';
import { CourseListDocument, NewsListDocument, query, siteOrigin } from '../lib/api';
import { today } from '../lib/calendar';

const FIXED_PAGES = ['/', '/om-spik', '/nyheter/', '/kurser/', '/resultat', '/sa-gick-det', '/kontakt', '/tillganglighet'];

/** Every article (all pages of the news list), every upcoming course, and the fixed pages. */
export const GET: APIRoute = async () => {
  const origin = siteOrigin();
  const entries: { loc: string; lastmod?: string }[] = FIXED_PAGES.map((path) => ({ loc: `${origin}${path}` }));
  try {
    let offset = 0;
    let total: number;
    do {
      const { news }: NewsListQuery = await query(NewsListDocument, { first: 100, offset, category: null });
      for (const { node } of news.edges) entries.push({ loc: `${origin}/nyheter/${node.slug}`, lastmod: node.publishedDate });
      offset += 100;
      total = news.totalCount;
    } while (offset < total);
    const { courses } = await query(CourseListDocument, { first: 100, offset: 0, filter: { startsFrom: today() } });
    for (const { node } of courses.edges) entries.push({ loc: `${origin}/kurser/${node.slug}` });
  } catch (error) {
    console.error((error as Error).message);
    return new Response('Webbplatskartan kan inte skapas just nu.', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' },
    });
  }
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map((entry) => `  <url><loc>${escape(entry.loc)}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : ''}</url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};

// Crawlers, link checkers and uptime monitors ask with HEAD: the same answer without its body.
export const HEAD: APIRoute = GET;
