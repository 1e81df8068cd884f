import type { PageRequest } from '../graphql/connection.js';
import { type NewsItem, type StrapiNewsItem, newsItemQuery, toNewsItem } from './news-item.js';
import type { StrapiClient } from './strapi-client.js';

interface StrapiList<T> {
  data: T[];
  meta: { pagination: { total: number } };
}

/**
 * The API's only door to the CMS. Resolvers ask it for domain objects; how Strapi is queried
 * (populate, pagination, the draft/published split) stays in here.
 */
export class ContentGateway {
  constructor(
    private readonly strapi: StrapiClient,
    private readonly publicUrl: string,
  ) {}

  async newsPage({ offset, limit }: PageRequest): Promise<{ items: NewsItem[]; total: number }> {
    const result = await this.strapi.get<StrapiList<StrapiNewsItem>>('news-items', {
      ...newsItemQuery,
      status: 'published',
      sort: ['publishedDate:desc', 'id:desc'],
      pagination: { start: offset, limit, withCount: true },
    });
    return {
      items: result.data.map((item) => toNewsItem(item, this.publicUrl)),
      total: result.meta.pagination.total,
    };
  }

  async newsItemBySlug(slug: string): Promise<NewsItem | null> {
    const result = await this.strapi.get<StrapiList<StrapiNewsItem>>('news-items', {
      ...newsItemQuery,
      status: 'published',
      filters: { slug: { $eq: slug } },
      pagination: { start: 0, limit: 1 },
    });
    const [item] = result.data;
    return item ? toNewsItem(item, this.publicUrl) : null;
  }
}
