import { type EnumValue, enumOfKeys } from '../graphql/enum-type.js';
import { Arg, Args, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../graphql/context.js';
import { pageRequest, toConnection, pageArgs } from '../graphql/connection.js';
import { fromCms } from './from-cms.js';
import { PreviewLinkArgs, verifyPreview } from './preview.js';
import { NewsCategory, NewsConnection, NewsItem } from './news-item.js';
import { OrganisationProfile } from './organisation-profile.js';
import { cachedUntil } from '../graphql/cache-policy.js';

@InputType({ description: 'Narrows the news list; fields combine with AND.' })
export class NewsFilter {
  @Field(() => NewsCategory, { nullable: true, description: 'Only this category.' }) category?: NewsCategory | null;

  @Field(() => String, { nullable: true, description: 'Only items published by this organisation profile (document id).' }) organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only items with this tag (case-insensitive).' }) tag?: string | null;
}

/** Each order of the list, and the CMS sort it stands for. */
const NEWS_SORT = {
  NEWEST_FIRST: ['publishedDate:desc', 'id:desc'],
  OLDEST_FIRST: ['publishedDate:asc', 'id:asc'],
  TITLE: ['title:asc', 'id:asc'],
};
export const NewsSort = enumOfKeys(
  'NewsSort',
  NEWS_SORT,
  'Order of the news list: by publication date either way, or by title (Swedish collation of the CMS database).',
);
export type NewsSort = EnumValue<typeof NewsSort>;

@Resolver(() => NewsItem)
export class NewsResolver {
  @cachedUntil('content')
  @Query(() => NewsConnection, { description: 'Published news items, newest first unless sorted otherwise.' })
  async news(
    @Ctx() ctx: ApiContext,
    @pageArgs.first(10) first: number,
    @pageArgs.after() after?: string | null,
    @pageArgs.offset() offset?: number | null,
    @Arg('filter', () => NewsFilter, { nullable: true, validate: false, description: 'Category, organisation or tag.' }) filter?: NewsFilter | null,
    @Arg('sort', () => NewsSort, { defaultValue: NewsSort.NEWEST_FIRST, description: 'Order of the list.' }) sort: NewsSort = NewsSort.NEWEST_FIRST,
  ): Promise<NewsConnection> {
    const page = pageRequest(first, after, offset);
    const { items, total } = fromCms(ctx, await ctx.content.newsPage(page, filter ?? {}, NEWS_SORT[sort]));
    return toConnection(items, page, total);
  }

  @cachedUntil('content')
  @Query(() => NewsItem, { nullable: true, description: 'One published news item by its slug.' })
  async newsItem(@Ctx() ctx: ApiContext, @Arg('slug', () => String, { description: "The item's URL segment." }) slug: string): Promise<NewsItem | null> {
    return fromCms(ctx, await ctx.content.newsItemBySlug(slug));
  }

  @Query(() => NewsItem, { nullable: true, description: "An editor's draft, for the site's preview route. Needs the signed, expiring link the CMS makes." })
  async newsItemPreview(
    @Ctx() ctx: ApiContext,
    @Args(() => PreviewLinkArgs, { validate: false }) { documentId, locale, expires, signature }: PreviewLinkArgs,
  ): Promise<NewsItem | null> {
    verifyPreview(ctx.previewSecret, 'news', documentId, locale, expires, signature);
    return ctx.content.newsDraft(documentId, locale);
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
