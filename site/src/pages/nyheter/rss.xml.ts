import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { NewsListDocument, query, siteOrigin } from '../../lib/api';
import { categoryLabel } from '../../lib/labels';

/** The 20 latest news items and press releases as RSS 2.0. */
export const GET: APIRoute = async () => {
  const origin = siteOrigin();
  let news;
  try {
    news = (await query(NewsListDocument, { first: 20, after: null, category: null })).news;
  } catch (error) {
    console.error((error as Error).message);
    return new Response('Flödet kan inte visas just nu.', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' } });
  }
  return rss({
    title: 'Nyheter från SPIK',
    description: 'Nyheter och pressmeddelanden från SPIK – Strategiskt Partnerskap för Industrins Kompetens.',
    site: origin,
    trailingSlash: false,
    customData: '<language>sv-SE</language>',
    items: news.edges.map(({ node }) => ({
      title: node.title,
      link: `/nyheter/${node.slug}`,
      pubDate: new Date(`${node.publishedDate}T08:00:00Z`),
      description: node.lead,
      categories: [categoryLabel[node.category]],
    })),
  });
};
