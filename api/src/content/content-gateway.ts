import { FILE_FIELDS } from './image.js';
import type { PageRequest } from '../graphql/connection.js';
import { ContentCache, type CachedContent } from './content-cache.js';
import { type Course, MODE_TO_CMS, type StrapiCourse, toCourse } from './course.js';
import { type NewsItem, type StrapiNewsItem, newsItemQuery, toNewsItem } from './news-item.js';
import { type ContactPerson, type OrganisationProfile, type StrapiContact, type StrapiProfile, toContact, toProfile } from './organisation-profile.js';
import { ContentUnavailableError, type StrapiClient } from './strapi-client.js';
import { searchCourses } from './course-search.js';
import type { ContentTag } from '@spik/shared';
import type { CourseFilter } from './course-filter.js';

interface StrapiList<T> {
  data: T[];
  meta: { pagination: { total: number } };
}
export interface ContentPage<T> {
  items: T[];
  total: number;
}

export interface NewsFilter {
  category?: string | null;
  organisationId?: string | null;
  tag?: string | null;
}

const logoPopulate = { populate: { file: { fields: FILE_FIELDS } } };
const mediaFields = { fields: [...FILE_FIELDS, 'alternativeText'] };
/** Courses an editor has not hidden ("Dölj på webbplatsen"); rows from before the field have null. */
const SHOWN = { $or: [{ hidden: { $null: true } }, { hidden: { $eq: false } }] };
const PROFILE_QUERY = { populate: { logo: logoPopulate } };
const STATEMENT_QUERY = { populate: { knownProblems: true }, status: 'published' };
const CONTACT_QUERY = { populate: { photo: mediaFields, organisation: { fields: ['documentId'] } } };

/**
 * The API's only door to the CMS. Resolvers ask it for domain objects; how Strapi is queried
 * (populate, pagination, published only) and cached stays in here. Every answer is cached under the
 * content types it shows, so a webhook about one type purges exactly those answers.
 */
export class ContentGateway {
  readonly cache: ContentCache;

  constructor(
    private readonly strapi: StrapiClient,
    readonly publicUrl: string,
    cache = new ContentCache(),
  ) {
    this.cache = cache;
  }

  private async list<T>(plural: string, query: Record<string, unknown>, tags: ContentTag[]): Promise<CachedContent<StrapiList<T>>> {
    const full = { ...query, status: 'published' };
    return this.cache.get(
      `${plural}?${JSON.stringify(full)}`,
      () => tags,
      () => this.strapi.get<StrapiList<T>>(plural, full),
    );
  }

  private map<T, U>(result: CachedContent<StrapiList<T>>, to: (item: T) => U): CachedContent<ContentPage<U>> {
    return { stale: result.stale, value: { items: result.value.data.map(to), total: result.value.meta.pagination.total } };
  }

  async newsPage(page: PageRequest, filter: NewsFilter = {}, sort = ['publishedDate:desc', 'id:desc']): Promise<CachedContent<ContentPage<NewsItem>>> {
    const filters: Record<string, unknown> = {};
    if (filter.category) filters.category = { $eq: filter.category };
    if (filter.organisationId) filters.organisation = { documentId: { $eq: filter.organisationId } };
    if (filter.tag) filters.tags = { name: { $eqi: filter.tag } };
    const result = await this.list<StrapiNewsItem>(
      'news-items',
      { ...newsItemQuery, filters, sort, pagination: { start: page.offset, limit: page.limit, withCount: true } },
      ['news-item', 'organisation-profile'],
    );
    return this.map(result, (item) => toNewsItem(item, this.publicUrl));
  }

  async newsItemBySlug(slug: string): Promise<CachedContent<NewsItem | null>> {
    const result = await this.list<StrapiNewsItem>('news-items', { ...newsItemQuery, filters: { slug: { $eq: slug } }, pagination: { start: 0, limit: 1 } }, [
      'news-item',
      'organisation-profile',
    ]);
    const [item] = result.value.data;
    return { stale: result.stale, value: item ? toNewsItem(item, this.publicUrl) : null };
  }

  /** One CMS call for any number of news items (DataLoader batches the ids). */
  async newsByIds(ids: readonly string[]): Promise<CachedContent<NewsItem[]>> {
    const result = await this.list<StrapiNewsItem>(
      'news-items',
      { ...newsItemQuery, filters: { documentId: { $in: [...ids].sort() } }, pagination: { start: 0, limit: 100 } },
      ['news-item', 'organisation-profile'],
    );
    return { stale: result.stale, value: result.value.data.map((item) => toNewsItem(item, this.publicUrl)) };
  }

  /** The current draft of a news item, never cached (previews must show the latest edit). */
  async newsDraft(documentId: string, locale: string): Promise<NewsItem | null> {
    const result = await this.strapi.get<StrapiList<StrapiNewsItem>>('news-items', {
      ...newsItemQuery,
      status: 'draft',
      locale,
      filters: { documentId: { $eq: documentId } },
    });
    const [item] = result.data;
    return item ? toNewsItem(item, this.publicUrl) : null;
  }

  async coursePage(page: PageRequest, filter: CourseFilter = {}, sort = ['startDate:asc', 'id:asc']): Promise<CachedContent<ContentPage<Course>>> {
    const filters: Record<string, unknown> = { ...SHOWN };
    if (filter.region) filters.region = { $eq: filter.region.toLowerCase() };
    if (filter.theme) filters.themes = { theme: { $eq: filter.theme.toLowerCase() } };
    if (filter.mode) filters.mode = { $eq: MODE_TO_CMS[filter.mode as keyof typeof MODE_TO_CMS] ?? filter.mode };
    if (filter.startsFrom || filter.startsUntil) {
      filters.startDate = { ...(filter.startsFrom && { $gte: filter.startsFrom }), ...(filter.startsUntil && { $lte: filter.startsUntil }) };
    }
    if (filter.search?.trim()) return this.searchCoursePage(page, filters, sort, filter.search);
    const result = await this.list<StrapiCourse>(
      'courses',
      { populate: { themes: true }, filters, sort, pagination: { start: page.offset, limit: page.limit, withCount: true } },
      ['course'],
    );
    return this.map(result, toCourse);
  }

  /**
   * Free text is matched here, not by Strapi: its case folding differs by database (SQLite folds
   * ASCII only) and it matches whole phrases. The catalogue for the other filters is fetched in
   * pages of 100 and cached without the text, so a new search costs Strapi nothing.
   */
  private async searchCoursePage(
    page: PageRequest,
    filters: Record<string, unknown>,
    sort: string[],
    text: string,
  ): Promise<CachedContent<ContentPage<Course>>> {
    const courses: Course[] = [];
    let stale = false;
    for (let start = 0; ; start += 100) {
      const result = await this.list<StrapiCourse>(
        'courses',
        { populate: { themes: true }, filters, sort, pagination: { start, limit: 100, withCount: true } },
        ['course'],
      );
      stale ||= result.stale;
      courses.push(...result.value.data.map(toCourse));
      if (start + 100 >= result.value.meta.pagination.total) break;
    }
    const found = searchCourses(courses, text);
    return { stale, value: { items: found.slice(page.offset, page.offset + page.limit), total: found.length } };
  }

  async courseBySlug(slug: string): Promise<CachedContent<Course | null>> {
    const result = await this.list<StrapiCourse>('courses', { populate: { themes: true }, filters: { ...SHOWN, slug: { $eq: slug } } }, ['course']);
    const [course] = result.value.data;
    return { stale: result.stale, value: course ? toCourse(course) : null };
  }

  /** The current draft of a course tip, never cached (previews must show the latest edit). */
  async courseDraft(documentId: string, locale: string): Promise<Course | null> {
    const result = await this.strapi.get<StrapiList<StrapiCourse>>('courses', {
      populate: { themes: true },
      status: 'draft',
      locale,
      filters: { documentId: { $eq: documentId } },
    });
    const [course] = result.data;
    return course ? toCourse(course) : null;
  }

  /** Profiles by name (the key shared with the project data's organisations), in one call. */
  profilesByName(names: readonly string[]): Promise<CachedContent<OrganisationProfile[]>> {
    return this.profilesWhere({ name: { $in: [...names].sort() } });
  }

  profilesById(ids: readonly string[]): Promise<CachedContent<OrganisationProfile[]>> {
    return this.profilesWhere({ documentId: { $in: [...ids].sort() } });
  }

  private async profilesWhere(filters: Record<string, unknown>): Promise<CachedContent<OrganisationProfile[]>> {
    const query = { ...PROFILE_QUERY, filters, pagination: { start: 0, limit: 100 } };
    const result = await this.list<StrapiProfile>('organisation-profiles', query, ['organisation-profile']);
    return { stale: result.stale, value: result.value.data.map((profile) => toProfile(profile, this.publicUrl)) };
  }

  /** Contacts of any number of organisation profiles, in one call. */
  async contactsOf(profileIds: readonly string[]): Promise<CachedContent<ContactPerson[]>> {
    const filters = { organisation: { documentId: { $in: [...profileIds].sort() } } };
    const result = await this.list<StrapiContact>(
      'contact-persons',
      { ...CONTACT_QUERY, filters, sort: ['sortOrder:asc', 'name:asc'], pagination: { start: 0, limit: 100 } },
      ['contact-person', 'organisation-profile'],
    );
    return { stale: result.stale, value: result.value.data.map((contact) => toContact(contact, this.publicUrl)) };
  }

  async contactPage(
    page: PageRequest,
    filter: { organisationId?: string | null; pressOnly?: boolean | null },
  ): Promise<CachedContent<ContentPage<ContactPerson>>> {
    const filters: Record<string, unknown> = {};
    if (filter.organisationId) filters.organisation = { documentId: { $eq: filter.organisationId } };
    if (filter.pressOnly) filters.isPressContact = { $eq: true };
    const result = await this.list<StrapiContact>(
      'contact-persons',
      { ...CONTACT_QUERY, filters, sort: ['sortOrder:asc', 'name:asc'], pagination: { start: page.offset, limit: page.limit, withCount: true } },
      ['contact-person', 'organisation-profile'],
    );
    return this.map(result, (contact) => toContact(contact, this.publicUrl));
  }

  /** A single-type page (about-page, mind-the-gap-page, accessibility-statement, funding-statement, final-report). */
  async page(singular: ContentTag): Promise<CachedContent<Record<string, unknown> | null>> {
    const key = `${singular}?published`;
    const query = { populate: { emblem: logoPopulate }, status: 'published' };
    return this.cache.get(
      key,
      () => [singular],
      async () => {
        try {
          const populated = singular === 'funding-statement' ? query : singular === 'accessibility-statement' ? STATEMENT_QUERY : { status: 'published' };
          return (await this.strapi.get<{ data: Record<string, unknown> | null }>(singular, populated)).data;
        } catch (error) {
          // Strapi answers 404 for a single type nobody has published yet.
          if (error instanceof ContentUnavailableError && error.extensions.reason === 'status 404') return null;
          throw error;
        }
      },
    );
  }

  /** Stores a visitor's feedback message in the CMS (never cached, never read back). */
  async sendFeedback(message: { message: string; replyEmail: string | null; page: string | null }): Promise<void> {
    await this.strapi.create('feedback-messages', message);
  }
}
