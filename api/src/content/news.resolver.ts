import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../graphql/context.js';
import { pageRequest, toConnection } from '../graphql/connection.js';
import { NewsConnection, NewsItem } from './news-item.js';

@Resolver(() => NewsItem)
export class NewsResolver {
  @Query(() => NewsConnection, { description: 'Published news items, newest first.' })
  async news(
    @Ctx() { content }: ApiContext,
    @Arg('first', () => Int, { defaultValue: 10, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from a previous page.' }) after?: string | null,
  ): Promise<NewsConnection> {
    const page = pageRequest(first, after);
    const { items, total } = await content.newsPage(page);
    return toConnection(items, page, total);
  }

  @Query(() => NewsItem, { nullable: true, description: 'One published news item by its slug.' })
  async newsItem(@Ctx() { content }: ApiContext, @Arg('slug', () => String, { description: 'URL segment of the news item.' }) slug: string): Promise<NewsItem | null> {
    return content.newsItemBySlug(slug);
  }
}
