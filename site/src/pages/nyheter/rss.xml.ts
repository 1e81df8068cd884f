import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { NewsListDocument, query, siteOrigin } from '../../lib/api';
import { categoryLabel } from '../../lib/labels';
import { channelData, RSS_NAMESPACES } from '../../lib/rss-channel';

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
    xmlns: RSS_NAMESPACES,
    customData: channelData(`${origin}/nyheter/rss.xml`, news.edges[0] ? new Date(`${news.edges[0].node.publishedDate}T08:00:00Z`) : null),
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
