import { COURSE_UID } from '@spik/shared/editorial';
/** "1 december 2026 kl. 18.40", in Stockholm time, as the admin shows a hand-over's time. */
const day = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' });
const clock = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' });

export const whenShown = (iso: string) => `${day.format(new Date(iso))} kl. ${clock.format(new Date(iso)).replace(':', '.')}`;

export const REVIEWED_TYPES: Record<string, string> = {
  'api::news-item.news-item': 'Nyhet',
  [COURSE_UID]: 'Kurstips',
};
