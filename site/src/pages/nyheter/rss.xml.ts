import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { NewsListDocument, query, siteOrigin } from '../../lib/api';
import { categoryLabel } from '../../lib/labels';

/** The 20 latest news items and press releases as RSS 2.0. */
export const GET: APIRoute = async () => {
  const origin = siteOrigin();
  let news;
  try {
    news = (await query(NewsListDocument, { first: 20, offset: 0, category: null })).news;
  } catch (error) {
    console.error((error as Error).message);
    return new Response('Flödet kan inte visas just nu.', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' } });
  }
  return rss({
    title: 'Nyheter från SPIK',
    description: 'Nyheter och pressmeddelanden från SPIK – Strategiskt Partnerskap för Industrins Kompetens.',
    site: origin,
    trailingSlash: false,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The feed names its own address (atom:link rel="self") and when it last changed: the newest item.
    customData: [
      '<language>sv-SE</language>',
      `<atom:link href="${origin}/nyheter/rss.xml" rel="self" type="application/rss+xml"/>`,
      ...(news.edges[0] ? [`<lastBuildDate>${new Date(`${news.edges[0].node.publishedDate}T08:00:00Z`).toUTCString()}</lastBuildDate>`] : []),
    ].join(''),
    items: news.edges.map(({ node }) => ({
      title: node.title,
      link: `/nyheter/${node.slug}`,
      pubDate: new Date(`${node.publishedDate}T08:00:00Z`),
      description: node.lead,
      categories: [categoryLabel[node.category]],
    })),
  });
};

// Crawlers, link checkers and uptime monitors ask with HEAD: the same answer without its body.
export const HEAD: APIRoute = GET;
