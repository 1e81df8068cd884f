import DataLoader from 'dataloader';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { CachedContent } from '../content/content-cache.js';
import type { ContentGateway } from '../content/content-gateway.js';
import type { NewsItem } from '../content/news-item.js';
import type { ContactPerson, OrganisationProfile } from '../content/organisation-profile.js';
import { suppressPartition } from '../indicators/suppression.js';

export interface OrganisationCounts {
  companies: { value: number | null; suppressed: boolean };
  participants: { value: number | null; suppressed: boolean };
}

export interface CourseActivity {
  code: string;
  title: string;
  enrolled: { value: number | null; suppressed: boolean };
}

/**
 * Per-request batching: however many news items, organisations or courses a query touches, each
 * kind of related data costs one CMS call or one SQL statement (never one per row).
 */
export function createLoaders(content: ContentGateway, em: SqlEntityManager, threshold: number, warn: (message: string) => void) {
  const unwrap = <T>(result: CachedContent<T>): T => {
    if (result.stale) warn('CONTENT_STALE');
    return result.value;
  };
  const byKey = <K, V>(keys: readonly K[], values: V[], keyOf: (value: V) => K): (V | null)[] => {
    const map = new Map(values.map((value) => [keyOf(value), value]));
    return keys.map((key) => map.get(key) ?? null);
  };

  return {
    newsById: new DataLoader<string, NewsItem | null>(async (ids) => byKey(ids, unwrap(await content.newsByIds(ids)), (item) => item.id)),
    profileById: new DataLoader<string, OrganisationProfile | null>(async (ids) => byKey(ids, unwrap(await content.profilesById(ids)), (p) => p.id)),
    profileByName: new DataLoader<string, OrganisationProfile | null>(async (names) => byKey(names, unwrap(await content.profilesByName(names)), (p) => p.name)),
    contactsByProfileId: new DataLoader<string, ContactPerson[]>(async (ids) => {
      const contacts = unwrap(await content.contactsOf(ids));
      return ids.map((id) => contacts.filter((contact) => contact.organisationId === id));
    }),
    /** Companies and participants per responsible organisation, suppressed as one partition of all. */
    countsByOrganisation: new DataLoader<number, OrganisationCounts>(async (ids) => {
      const rows = await em.getConnection().execute<{ id: number; companies: number; participants: number }[]>(
        `select o.id, count(distinct c.id)::int as companies, count(p.id)::int as participants
         from organisation o left join company c on c.responsible_partner_id = o.id left join participant p on p.company_id = c.id
         group by o.id`,
      );
      const partition = (measure: 'companies' | 'participants') => {
        const hidden = suppressPartition(rows.map((row) => ({ key: String(row.id), value: row[measure] })), threshold);
        return (row: (typeof rows)[number]) => ({ value: hidden.has(String(row.id)) ? null : row[measure], suppressed: hidden.has(String(row.id)) });
      };
      const companies = partition('companies');
      const participants = partition('participants');
      return ids.map((id) => {
        const row = rows.find((r) => Number(r.id) === Number(id));
        return row ? { companies: companies(row), participants: participants(row) } : { companies: { value: 0, suppressed: false }, participants: { value: 0, suppressed: false } };
      });
    }),
    activityByCourseId: new DataLoader<string, CourseActivity | null>(async (courseIds) => {
      const rows = await em.getConnection().execute<{ course_document_id: string; code: string; title: string; enrolled: number }[]>(
        `select a.course_document_id, a.code, a.title, count(e.id)::int as enrolled
         from activity a left join enrolment e on e.activity_id = a.id
         where a.course_document_id in (${courseIds.map(() => '?').join(',')})
         group by a.id`,
        [...courseIds],
      );
      return courseIds.map((id) => {
        const row = rows.find((r) => r.course_document_id === id);
        if (!row) return null;
        const small = row.enrolled >= 1 && row.enrolled <= threshold;
        return { code: row.code, title: row.title, enrolled: { value: small ? null : row.enrolled, suppressed: small } };
      });
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
