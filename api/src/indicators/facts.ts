import type { SqlEntityManager } from '@mikro-orm/sql';
import { ageBandOf } from '../project-data/enums.js';
import { dayNumber, dims, divisionIndex, indexOf } from './dimensions.js';

/**
 * The project data reduced to what indicators need, one typed-array column per attribute, held
 * in memory. A query is then one linear scan over small integers instead of a GROUP BY over the
 * tables per request (docs/decisions/0014-indicator-facts.md). Rebuilt after writes.
 */
export interface ParticipantFacts {
  size: number;
  municipality: Uint8Array;
  sizeClass: Uint8Array;
  industry: Uint8Array;
  gender: Uint8Array;
  ageBand: Uint8Array;
  education: Uint8Array;
  enrolledDay: Int16Array;
  /** Bit i set: enrolled in an activity of kind i (dims.activityKind order). */
  kinds: Uint8Array;
  /** Bit i set: enrolled in an activity of theme i (dims.theme order). */
  themes: Uint16Array;
  hours: Float64Array;
  enrolments: Uint16Array;
  completed: Uint16Array;
}

export interface CompanyFacts {
  size: number;
  municipality: Uint8Array;
  sizeClass: Uint8Array;
  industry: Uint8Array;
  joinedDay: Int16Array;
  kinds: Uint8Array;
  themes: Uint16Array;
  /** Row index of the company's facts, by company id, for the gap analyses. */
  rowOfId: Map<number, number>;
}

export interface GapFacts {
  /** Company row (CompanyFacts index) of each analysed company, one entry per analysis. */
  analysisCompany: Int32Array;
  shifts: { companyRow: number; area: string; shift: number }[];
}

export interface Facts {
  participants: ParticipantFacts;
  companies: CompanyFacts;
  gaps: GapFacts;
  dataIsDemo: boolean;
  loadedAt: Date;
}

const kindIndex = (value: string) => indexOf(dims.activityKind, value);
const themeIndex = (value: string) => indexOf(dims.theme, value);

export async function loadFacts(em: SqlEntityManager): Promise<Facts> {
  const connection = em.getConnection();
  const [companyRows, participantRows, gapRows, shiftRows, demo] = await Promise.all([
    connection.execute<{ id: number; municipality_code: string; size_class: string; sni_code: string; joined_on: string | Date; kinds: string[] | null; themes: string[] | null }[]>(
      `select c.id, c.municipality_code, c.size_class, c.sni_code, c.joined_on, k.kinds, k.themes
       from company c left join (
         select p.company_id, array_agg(distinct a.kind::text) as kinds, array_agg(distinct a.theme::text) as themes
         from enrolment e join participant p on p.id = e.participant_id join activity a on a.id = e.activity_id group by p.company_id
       ) k on k.company_id = c.id order by c.id`,
    ),
    connection.execute<{ company_id: number; gender: string; birth_year: number; education: string; enrolled_on: string | Date; kinds: string[] | null; themes: string[] | null; hours: string | number | null; enrolments: number | null; completed: number | null }[]>(
      `select p.company_id, p.gender, p.birth_year, p.education, p.enrolled_on, e.kinds, e.themes, e.hours, e.enrolments, e.completed
       from participant p left join (
         select e.participant_id, array_agg(distinct a.kind::text) as kinds, array_agg(distinct a.theme::text) as themes,
                sum(e.hours_attended) as hours, count(*)::int as enrolments, count(*) filter (where e.completed)::int as completed
         from enrolment e join activity a on a.id = e.activity_id group by e.participant_id
       ) e on e.participant_id = p.id`,
    ),
    connection.execute<{ company_id: number }[]>('select company_id from gap_analysis'),
    connection.execute<{ company_id: number; area: string; shift: number }[]>(
      'select g.company_id, s.area, (s.target_level - s.current_level)::int as shift from competence_shift s join gap_analysis g on g.id = s.analysis_id',
    ),
    connection.execute<{ demo: boolean }[]>('select exists(select 1 from company where is_demo) or exists(select 1 from participant where is_demo) as demo'),
  ]);

  const isoDate = (value: string | Date) => (typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10));
  const mask = (values: string[] | null, index: (value: string) => number) =>
    (values ?? []).reduce((bits, value) => (value ? bits | (1 << index(value)) : bits), 0);

  const nc = companyRows.length;
  const companies: CompanyFacts = {
    size: nc,
    municipality: new Uint8Array(nc),
    sizeClass: new Uint8Array(nc),
    industry: new Uint8Array(nc),
    joinedDay: new Int16Array(nc),
    kinds: new Uint8Array(nc),
    themes: new Uint16Array(nc),
    rowOfId: new Map(),
  };
  companyRows.forEach((row, i) => {
    companies.rowOfId.set(Number(row.id), i);
    companies.municipality[i] = indexOf(dims.municipality, row.municipality_code);
    companies.sizeClass[i] = indexOf(dims.sizeClass, row.size_class);
    companies.industry[i] = divisionIndex(row.sni_code);
    companies.joinedDay[i] = dayNumber(isoDate(row.joined_on));
    companies.kinds[i] = mask(row.kinds, kindIndex);
    companies.themes[i] = mask(row.themes, themeIndex);
  });

  const np = participantRows.length;
  const participants: ParticipantFacts = {
    size: np,
    municipality: new Uint8Array(np),
    sizeClass: new Uint8Array(np),
    industry: new Uint8Array(np),
    gender: new Uint8Array(np),
    ageBand: new Uint8Array(np),
    education: new Uint8Array(np),
    enrolledDay: new Int16Array(np),
    kinds: new Uint8Array(np),
    themes: new Uint16Array(np),
    hours: new Float64Array(np),
    enrolments: new Uint16Array(np),
    completed: new Uint16Array(np),
  };
  participantRows.forEach((row, i) => {
    const company = companies.rowOfId.get(Number(row.company_id))!;
    const enrolled = isoDate(row.enrolled_on);
    participants.municipality[i] = companies.municipality[company]!;
    participants.sizeClass[i] = companies.sizeClass[company]!;
    participants.industry[i] = companies.industry[company]!;
    participants.gender[i] = indexOf(dims.gender, row.gender);
    participants.ageBand[i] = indexOf(dims.ageBand, ageBandOf(row.birth_year, enrolled));
    participants.education[i] = indexOf(dims.education, row.education);
    participants.enrolledDay[i] = dayNumber(enrolled);
    participants.kinds[i] = mask(row.kinds, kindIndex);
    participants.themes[i] = mask(row.themes, themeIndex);
    participants.hours[i] = Number(row.hours ?? 0);
    participants.enrolments[i] = row.enrolments ?? 0;
    participants.completed[i] = row.completed ?? 0;
  });

  const gaps: GapFacts = {
    analysisCompany: Int32Array.from(gapRows, (row) => companies.rowOfId.get(Number(row.company_id)) ?? -1),
    shifts: shiftRows.map((row) => ({ companyRow: companies.rowOfId.get(Number(row.company_id)) ?? -1, area: row.area, shift: Number(row.shift) })),
  };
  return { participants, companies, gaps, dataIsDemo: Boolean(demo[0]?.demo), loadedAt: new Date() };
}
