/**
 * The courses behind the feeds (/kurser/kalender.ics, /kurser/nya.xml): every upcoming course
 * that matches the list's choices, in the order the feed wants, read page by page.
 */
import { type CourseFeedQuery, type CourseSort } from '@spik/shared';
import { CourseFeedDocument, query } from './api';
import { today } from './calendar';
import { readFeedChoices, courseFilterOf } from './course-choices';

export type FeedCourse = CourseFeedQuery['courses']['edges'][number]['node'];

/** More than a year of short YH courses in Skåne and Blekinge. */
const MOST = 1000;

export async function feedCourses(params: URLSearchParams, sort: CourseSort, limit = MOST): Promise<FeedCourse[]> {
  const day = today();
  const filter = courseFilterOf(readFeedChoices(params, day), day);
  const courses: FeedCourse[] = [];
  for (let offset = 0; offset < limit; offset += 100) {
    const { courses: page } = await query(CourseFeedDocument, { first: Math.min(100, limit - offset), offset, filter, sort });
    courses.push(...page.edges.map(({ node }) => node));
    if (offset + 100 >= page.totalCount) break;
  }
  return courses;
}

export const feedUnavailable = (what: string) =>
  new Response(`${what} kan inte visas just nu. Försök igen om en stund.`, {
    status: 503,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' },
  });
