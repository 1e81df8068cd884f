import { type EnumValue, enumOfKeys } from '../graphql/enum-type.js';
import { Arg, Args, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../graphql/context.js';
import { pageRequest, toConnection, pageArgs } from '../graphql/connection.js';
import { SuppressibleCount } from '../disclosure/figure.types.js';
import { Course, CourseConnection } from './course.js';
import { CourseFilter } from './course-filter.js';
import { fromCms } from './from-cms.js';
import { PreviewLinkArgs, verifyPreview } from './preview.js';
import { cachedUntil } from '../graphql/cache-policy.js';

@ObjectType({ description: 'The SPIK activity that a course tip is linked to.' })
export class SpikActivity {
  @Field(() => String, { description: 'Activity code.' }) code!: string;

  @Field(() => String, { description: 'Activity title.' }) title!: string;

  @Field(() => SuppressibleCount, { description: 'SPIK participants enrolled; withheld when 1–threshold.' }) enrolled!: SuppressibleCount;
}

/** Each order of the list, and the CMS sort it stands for. */
const COURSE_SORT = {
  START_DATE: ['startDate:asc', 'id:asc'],
  APPLICATION_DEADLINE: ['applicationDeadline:asc', 'id:asc'],
  TITLE: ['title:asc', 'id:asc'],
  NEWEST_LISTED: ['createdAt:desc', 'id:desc'],
};
export const CourseSort = enumOfKeys(
  'CourseSort',
  COURSE_SORT,
  'Order of the course list: earliest start, earliest deadline, title, or newest listed first (the feed of new courses).',
);
export type CourseSort = EnumValue<typeof CourseSort>;

@Resolver(() => Course)
export class CourseResolver {
  @cachedUntil('content')
  @Query(() => CourseConnection, { description: 'Published course tips, earliest start first.' })
  async courses(
    @Ctx() ctx: ApiContext,
    @pageArgs.first(20) first: number,
    @pageArgs.after() after?: string | null,
    @pageArgs.offset() offset?: number | null,
    @Arg('filter', () => CourseFilter, { nullable: true, validate: false, description: 'Region, theme, mode, start and free text.' })
    filter?: CourseFilter | null,
    @Arg('sort', () => CourseSort, { defaultValue: CourseSort.START_DATE, description: 'Order of the list.' }) sort: CourseSort = CourseSort.START_DATE,
  ): Promise<CourseConnection> {
    const page = pageRequest(first, after, offset);
    const { items, total } = fromCms(ctx, await ctx.content.coursePage(page, filter ?? {}, COURSE_SORT[sort]));
    return toConnection(items, page, total);
  }

  @cachedUntil('content')
  @Query(() => Course, { nullable: true, description: 'One published course tip by its slug.' })
  async course(@Ctx() ctx: ApiContext, @Arg('slug', () => String, { description: "The course's URL segment." }) slug: string): Promise<Course | null> {
    return fromCms(ctx, await ctx.content.courseBySlug(slug));
  }

  @Query(() => Course, {
    nullable: true,
    description: "An editor's draft of a course tip, for the site's preview route. Needs the signed, expiring link the CMS makes.",
  })
  async coursePreview(
    @Ctx() ctx: ApiContext,
    @Args(() => PreviewLinkArgs, { validate: false }) { documentId, locale, expires, signature }: PreviewLinkArgs,
  ): Promise<Course | null> {
    verifyPreview(ctx.previewSecret, 'course', documentId, locale, expires, signature);
    return ctx.content.courseDraft(documentId, locale);
  }

  @FieldResolver(() => SpikActivity, { nullable: true, description: 'The SPIK activity built on this course, if any.' })
  spikActivity(@Root() course: Course, @Ctx() { loaders }: ApiContext): Promise<SpikActivity | null> {
    return loaders.activityByCourseId.load(course.id);
  }
}
