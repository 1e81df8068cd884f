import { Arg, Ctx, Field, FieldResolver, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../graphql/context.js';
import { pageRequest, toConnection } from '../graphql/connection.js';
import { fromCms } from './from-cms.js';
import { NewsCategory, NewsConnection, NewsItem } from './news-item.js';
import { OrganisationProfile } from './organisation-profile.js';

@InputType({ description: 'Narrows the news list; fields combine with AND.' })
export class NewsFilter {
  @Field(() => NewsCategory, { nullable: true, description: 'Only this category.' })
  category?: NewsCategory | null;

  @Field(() => String, { nullable: true, description: 'Only items published by this organisation profile (document id).' })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only items with this tag (case-insensitive).' })
  tag?: string | null;
}

@Resolver(() => NewsItem)
export class NewsResolver {
  @Query(() => NewsConnection, { description: 'Published news items, newest first.' })
  async news(
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, { defaultValue: 10, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from a previous page.' }) after?: string | null,
    @Arg('filter', () => NewsFilter, { nullable: true, validate: false, description: 'Category, organisation or tag.' }) filter?: NewsFilter | null,
  ): Promise<NewsConnection> {
    const page = pageRequest(first, after);
    const { items, total } = fromCms(ctx, await ctx.content.newsPage(page, filter ?? {}));
    return toConnection(items, page, total);
  }

  @Query(() => NewsItem, { nullable: true, description: 'One published news item by its slug.' })
  async newsItem(@Ctx() ctx: ApiContext, @Arg('slug', () => String, { description: "The item's URL segment." }) slug: string): Promise<NewsItem | null> {
    return fromCms(ctx, await ctx.content.newsItemBySlug(slug));
  }

  @FieldResolver(() => OrganisationProfile, { nullable: true, description: 'The organisation that published the item.' })
  organisation(@Root() item: NewsItem, @Ctx() { loaders }: ApiContext): Promise<OrganisationProfile | null> | null {
    return item.organisationId ? loaders.profileById.load(item.organisationId) : null;
  }

  @FieldResolver(() => [NewsItem], { description: 'Related news items chosen by the editor (published ones only).' })
  async related(@Root() item: NewsItem, @Ctx() { loaders }: ApiContext): Promise<NewsItem[]> {
    const related = await loaders.newsById.loadMany(item.relatedIds);
    return related.filter((entry): entry is NewsItem => entry !== null && !(entry instanceof Error));
  }
}
