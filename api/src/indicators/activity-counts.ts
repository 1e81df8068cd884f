import type { SqlEntityManager } from '@mikro-orm/sql';
import type { SuppressibleCount } from '../disclosure/figure.types.js';
import type { Release } from './compute.js';

export interface OrganisationCounts {
  companies: SuppressibleCount;
  participants: SuppressibleCount;
}

export interface CourseActivity {
  code: string;
  title: string;
  enrolled: SuppressibleCount;
}

const releaseDate = (release: Release) => (release.month >= 0 ? release.months[release.month]!.end : '0001-01-01');

/**
 * Companies and participants per responsible organisation, as of the release and protected like
 * every other count: a withheld organisation's figure cannot be recovered from the project total.
 */
export async function countsByOrganisation(em: SqlEntityManager, release: Release, ids: readonly number[]): Promise<OrganisationCounts[]> {
  const date = releaseDate(release);
  const rows = await em.getConnection().execute<{ id: number; companies: number; company_keys: string; participants: number; participant_keys: string }[]>(
    `select o.id,
            (select count(*) from company c where c.responsible_partner_id = o.id and c.joined_on <= ?)::int as companies,
            (select coalesce(sum(c.record_key), 0) from company c where c.responsible_partner_id = o.id and c.joined_on <= ?)::text as company_keys,
            (select count(*) from participant p join company c on c.id = p.company_id where c.responsible_partner_id = o.id and p.enrolled_on <= ?)::int as participants,
            (select coalesce(sum(p.record_key), 0) from participant p join company c on c.id = p.company_id where c.responsible_partner_id = o.id and p.enrolled_on <= ?)::text as participant_keys
     from organisation o`,
    [date, date, date, date],
  );
  const { policy } = release;
  return ids.map((id) => {
    const row = rows.find((r) => Number(r.id) === Number(id));
    return {
      companies: policy.count({ count: row?.companies ?? 0, keySum: Number(row?.company_keys ?? 0) }, 'companies'),
      participants: policy.count({ count: row?.participants ?? 0, keySum: Number(row?.participant_keys ?? 0) }, 'participants'),
    };
  });
}

/** SPIK participants enrolled in the activity linked to each course, as of the release. */
export async function activitiesByCourse(em: SqlEntityManager, release: Release, courseIds: readonly string[]): Promise<(CourseActivity | null)[]> {
  const rows = await em.getConnection().execute<{ course_document_id: string; code: string; title: string; enrolled: number; keys: string }[]>(
    `select a.course_document_id, a.code, a.title, count(p.id)::int as enrolled, coalesce(sum(p.record_key), 0)::text as keys
     from activity a left join enrolment e on e.activity_id = a.id left join participant p on p.id = e.participant_id and p.enrolled_on <= ?
     where a.course_document_id in (${courseIds.map(() => '?').join(',')})
     group by a.id`,
    [releaseDate(release), ...courseIds],
  );
  return courseIds.map((id) => {
    const row = rows.find((r) => r.course_document_id === id);
    if (!row) return null;
    return { code: row.code, title: row.title, enrolled: release.policy.count({ count: row.enrolled, keySum: Number(row.keys) }, 'other') };
  });
}
