import type { APIRoute } from 'astro';
import ical from 'ical-generator';
import { formatDate } from '@spik/shared';
import { siteOrigin } from '../../lib/api';
import { today } from '../../lib/calendar';
import { feedCourses, feedUnavailable } from '../../lib/course-feed';

/**
 * The last application day and the start of every upcoming course that matches the list's
 * choices, as all-day events a calendar can subscribe to. Event ids are stable, so a calendar
 * that refreshes updates a moved date instead of adding a second one.
 */
export const GET: APIRoute = async ({ url }) => {
  const origin = siteOrigin();
  let courses;
  try {
    courses = await feedCourses(url.searchParams, 'START_DATE');
  } catch (error) {
    console.error((error as Error).message);
    return feedUnavailable('Kalendern');
  }
  const day = today();
  const calendar = ical({
    name: 'Korta YH-kurser i Skåne och Blekinge (SPIK)',
    prodId: { company: 'SPIK', product: 'kurskalender', language: 'SV' },
    ttl: 6 * 3600,
  });
  for (const course of courses) {
    const link = `${origin}/kurser/${course.slug}`;
    const about = `${course.provider}, ${course.town}. ${course.yhPoints} YH-poäng.${course.isExample ? ' Exempel – ingen verklig kurs.' : ''}${course.source === 'SKOLVERKET' ? ' Källa: Skolverket, Susa-navet.' : ''}\n${link}`;
    const allDay = (date: string) => new Date(`${date}T00:00:00Z`);
    if (course.applicationDeadline >= day) {
      calendar.createEvent({
        id: `${course.id}-sista-ansokningsdag@spik`,
        start: allDay(course.applicationDeadline),
        allDay: true,
        summary: `Sista ansökningsdag: ${course.title}`,
        description: `Sista dag att ansöka till kursen som startar ${formatDate(course.startDate)}. ${about}`,
        location: course.town,
        url: link,
      });
    }
    calendar.createEvent({
      id: `${course.id}-kursstart@spik`,
      start: allDay(course.startDate),
      allDay: true,
      summary: `Kursstart: ${course.title}`,
      description: about,
      location: course.town,
      url: link,
    });
  }
  return new Response(calendar.toString(), {
    headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'inline; filename="spik-kurser.ics"' },
  });
};

// Crawlers, link checkers and uptime monitors ask with HEAD: the same answer without its body.
export const HEAD: APIRoute = GET;
