import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { formatDate } from '@spik/shared';
import { siteOrigin } from '../../lib/api';
import { feedCourses, feedUnavailable } from '../../lib/course-feed';
import { regionLabel } from '../../lib/labels';
import { channelData, RSS_NAMESPACES } from '../../lib/rss-channel';

/** The 30 most recently listed upcoming courses that match the list's choices, as RSS 2.0. */
export const GET: APIRoute = async ({ url }) => {
  const origin = siteOrigin();
  let courses;
  try {
    courses = await feedCourses(url.searchParams, 'NEWEST_LISTED', 30);
  } catch (error) {
    console.error((error as Error).message);
    return feedUnavailable('Flödet');
  }
  return rss({
    title: 'Nya korta YH-kurser i Skåne och Blekinge (SPIK)',
    description: 'Nya tips om korta YH-kurser för anställda i industrin, med de val du gjort på sidan Korta YH-kurser.',
    site: origin,
    trailingSlash: false,
    xmlns: RSS_NAMESPACES,
    customData: channelData(`${origin}/kurser/nya.xml${url.search}`, courses[0] ? new Date(courses[0].listedAt) : null),
    items: courses.map((course) => ({
      title: course.title,
      link: `${origin}/kurser/${course.slug}`,
      pubDate: new Date(course.listedAt),
      description: [
        `${course.provider}, ${course.town} (${regionLabel[course.region]}).`,
        `Start ${formatDate(course.startDate)}, sista ansökningsdag ${formatDate(course.applicationDeadline)}.`,
        course.isExample ? 'Exempel – ingen verklig kurs.' : '',
        course.source === 'SKOLVERKET' ? 'Källa: Skolverket, Susa-navet.' : '',
      ]
        .filter(Boolean)
        .join(' '),
    })),
  });
};

// Crawlers, link checkers and uptime monitors ask with HEAD: the same answer without its body.
export const HEAD: APIRoute = GET;
