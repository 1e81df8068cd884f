import type { SqlEntityManager } from '@mikro-orm/sql';
import { ageBandOf } from '../project-data/enums.js';
import type { DataChange } from '../db/data-version.js';
import { dayNumber, dims, divisionIndex, esfAgeGroupIndex, indexOf } from './dimensions.js';

/**
 * The project data reduced to what indicators need, one typed-array column per attribute, held
 * in memory. A query is then one linear scan over small integers instead of a GROUP BY over the
 * tables per request (docs/decisions/0014-indicator-facts.md). Loaded once, then patched row by row
 * after writes that say which rows they touched; other writes reload everything.
 */
export interface ParticipantFacts {
  size: number;
  id: Int32Array;
  companyId: Int32Array;
  companyRow: Int32Array;
  municipality: Uint8Array;
  sizeClass: Uint8Array;
  industry: Uint8Array;
  gender: Uint8Array;
  ageBand: Uint8Array;
  /** ESF+ age group at enrolment (dims.esfAgeGroup order): under 18, 18–29, 30–54, 55 and over. */
  esfAgeGroup: Uint8Array;
  education: Uint8Array;
  enrolledDay: Int16Array;
  /** Bit i set: enrolled in an activity of kind i (dims.activityKind order). */
  kinds: Uint8Array;
  /** Bit i set: enrolled in an activity of theme i (dims.theme order). */
  themes: Uint16Array;
  hours: Float64Array;
  enrolments: Uint16Array;
  completed: Uint16Array;
  /** Never published: the disclosure policy's record key (decision 0023). */
  recordKey: Uint32Array;
}

export interface CompanyFacts {
  size: number;
  municipality: Uint8Array;
  sizeClass: Uint8Array;
  industry: Uint8Array;
  joinedDay: Int16Array;
  /** Never published: the disclosure policy's record key (decision 0023). */
  recordKey: Uint32Array;
  /** Union of the company's participants' kinds and themes. */
  kinds: Uint8Array;
  themes: Uint16Array;
  rowOfId: Map<number, number>;
}

export interface GapFacts {
  /** Company row of each analysis. */
  analysisCompany: Int32Array;
  shifts: { companyRow: number; area: string; shift: number }[];
}

export interface Facts {
  participants: ParticipantFacts;
  /** Participant id → row. */
  rowOfParticipant: Map<number, number>;
  companies: CompanyFacts;
  gaps: GapFacts;
  dataIsDemo: boolean;
}


type ParticipantRow = {
  id: number;
  company_id: number;
  gender: string;
  birth_year: number;
  education: string;
  enrolled_on: string | Date;
  kinds: string[] | null;
  themes: string[] | null;
  hours: string | number | null;
  enrolments: number | null;
  completed: number | null;
  record_key: string | number;
};

const PARTICIPANT_COLUMNS = ['id', 'companyId', 'companyRow', 'municipality', 'sizeClass', 'industry', 'gender', 'ageBand', 'esfAgeGroup', 'education', 'enrolledDay', 'kinds', 'themes', 'hours', 'enrolments', 'completed', 'recordKey'] as const;

const participantSql = (where: string) => `
  select p.id, p.record_key, p.company_id, p.gender, p.birth_year, p.education, p.enrolled_on, e.kinds, e.themes, e.hours, e.enrolments, e.completed
  from participant p left join (
    select e.participant_id, array_agg(distinct a.kind::text) as kinds, array_agg(distinct a.theme::text) as themes,
           sum(e.hours_attended) as hours, count(*)::int as enrolments, count(*) filter (where e.completed)::int as completed
    from enrolment e join activity a on a.id = e.activity_id ${where ? `where e.participant_id in (select id from participant p where ${where})` : ''}
    group by e.participant_id
  ) e on e.participant_id = p.id
  ${where ? `where ${where}` : ''}`;

const isoDate = (value: string | Date) => (typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10));
const mask = (values: string[] | null, dimension: typeof dims.activityKind) =>
  (values ?? []).reduce((bits, value) => (value ? bits | (1 << indexOf(dimension, value)) : bits), 0);

function emptyParticipants(capacity: number): ParticipantFacts {
  return {
    size: 0,
    id: new Int32Array(capacity),
    companyId: new Int32Array(capacity),
    companyRow: new Int32Array(capacity),
    municipality: new Uint8Array(capacity),
    sizeClass: new Uint8Array(capacity),
    industry: new Uint8Array(capacity),
    gender: new Uint8Array(capacity),
    ageBand: new Uint8Array(capacity),
    esfAgeGroup: new Uint8Array(capacity),
    education: new Uint8Array(capacity),
    enrolledDay: new Int16Array(capacity),
    kinds: new Uint8Array(capacity),
    themes: new Uint16Array(capacity),
    hours: new Float64Array(capacity),
    enrolments: new Uint16Array(capacity),
    completed: new Uint16Array(capacity),
    recordKey: new Uint32Array(capacity),
  };
}

function grow(p: ParticipantFacts, needed: number): void {
  if (needed <= p.id.length) return;
  const capacity = Math.max(needed, Math.ceil(p.id.length * 1.5) + 1024);
  for (const column of PARTICIPANT_COLUMNS) {
    const old = p[column];
    const next = new (old.constructor as new (n: number) => typeof old)(capacity);
    next.set(old as never);
    (p as unknown as Record<string, unknown>)[column] = next;
  }
}

function writeParticipant(p: ParticipantFacts, i: number, row: ParticipantRow, companies: CompanyFacts): void {
  const company = companies.rowOfId.get(Number(row.company_id)) ?? 0;
  const enrolled = isoDate(row.enrolled_on);
  p.id[i] = Number(row.id);
  p.companyId[i] = Number(row.company_id);
  p.companyRow[i] = company;
  p.municipality[i] = companies.municipality[company]!;
  p.sizeClass[i] = companies.sizeClass[company]!;
  p.industry[i] = companies.industry[company]!;
  p.gender[i] = indexOf(dims.gender, row.gender);
  p.ageBand[i] = indexOf(dims.ageBand, ageBandOf(row.birth_year, enrolled));
  p.esfAgeGroup[i] = esfAgeGroupIndex(row.birth_year, enrolled);
  p.education[i] = indexOf(dims.education, row.education);
  p.enrolledDay[i] = dayNumber(enrolled);
  p.kinds[i] = mask(row.kinds, dims.activityKind);
  p.themes[i] = mask(row.themes, dims.theme);
  p.hours[i] = Number(row.hours ?? 0);
  p.enrolments[i] = row.enrolments ?? 0;
  p.completed[i] = row.completed ?? 0;
  p.recordKey[i] = Number(row.record_key);
}

async function loadCompanies(em: SqlEntityManager): Promise<CompanyFacts> {
  const rows = await em.getConnection().execute<{ id: number; municipality_code: string; size_class: string; sni_code: string; joined_on: string | Date; record_key: string }[]>(
    'select id, municipality_code, size_class, sni_code, joined_on, record_key from company order by id',
  );
  const n = rows.length;
  const companies: CompanyFacts = {
    size: n,
    municipality: new Uint8Array(n),
    sizeClass: new Uint8Array(n),
    industry: new Uint8Array(n),
    joinedDay: new Int16Array(n),
    recordKey: new Uint32Array(n),
    kinds: new Uint8Array(n),
    themes: new Uint16Array(n),
    rowOfId: new Map(),
  };
  rows.forEach((row, i) => {
    companies.rowOfId.set(Number(row.id), i);
    companies.municipality[i] = indexOf(dims.municipality, row.municipality_code);
    companies.sizeClass[i] = indexOf(dims.sizeClass, row.size_class);
    companies.industry[i] = divisionIndex(row.sni_code);
    companies.joinedDay[i] = dayNumber(isoDate(row.joined_on));
    companies.recordKey[i] = Number(row.record_key);
  });
  return companies;
}

async function loadGaps(em: SqlEntityManager, companies: CompanyFacts): Promise<GapFacts> {
  const [analyses, shifts] = await Promise.all([
    em.getConnection().execute<{ company_id: number }[]>('select company_id from gap_analysis'),
    em.getConnection().execute<{ company_id: number; area: string; shift: number }[]>(
      'select g.company_id, s.area, (s.target_level - s.current_level)::int as shift from competence_shift s join gap_analysis g on g.id = s.analysis_id',
    ),
  ]);
  return {
    analysisCompany: Int32Array.from(analyses, (row) => companies.rowOfId.get(Number(row.company_id)) ?? -1),
    shifts: shifts.map((row) => ({ companyRow: companies.rowOfId.get(Number(row.company_id)) ?? -1, area: row.area, shift: Number(row.shift) })),
  };
}

/** The companies' activity masks follow from their participants'. */
function deriveCompanyMasks(facts: Facts): void {
  const { participants: p, companies: c } = facts;
  c.kinds.fill(0);
  c.themes.fill(0);
  for (let i = 0; i < p.size; i++) {
    const row = p.companyRow[i]!;
    c.kinds[row]! |= p.kinds[i]!;
    c.themes[row]! |= p.themes[i]!;
  }
}

async function isDemo(em: SqlEntityManager): Promise<boolean> {
  const [row] = await em.getConnection().execute<{ demo: boolean }[]>(
    'select exists(select 1 from company where is_demo) or exists(select 1 from participant where is_demo) as demo',
  );
  return Boolean(row?.demo);
}

export async function loadFacts(em: SqlEntityManager): Promise<Facts> {
  const companies = await loadCompanies(em);
  const [rows, gaps, dataIsDemo] = await Promise.all([
    em.getConnection().execute<ParticipantRow[]>(participantSql('')),
    loadGaps(em, companies),
    isDemo(em),
  ]);
  const participants = emptyParticipants(rows.length + 1024);
  const rowOfParticipant = new Map<number, number>();
  rows.forEach((row, i) => {
    writeParticipant(participants, i, row, companies);
    rowOfParticipant.set(Number(row.id), i);
  });
  participants.size = rows.length;
  const facts: Facts = { participants, rowOfParticipant, companies, gaps, dataIsDemo };
  deriveCompanyMasks(facts);
  return facts;
}

/** Applies a write that named its rows: re-reads those rows only. */
export async function patchFacts(em: SqlEntityManager, facts: Facts, change: DataChange): Promise<void> {
  const p = facts.participants;
  const participantIds = new Set(change.participants ?? []);
  if (change.companies?.length) {
    // Company rows may have moved: remap every participant, and drop those whose company is gone
    // (the database deleted them with it).
    facts.companies = await loadCompanies(em);
    facts.gaps = await loadGaps(em, facts.companies);
    const c = facts.companies;
    const orphans: number[] = [];
    for (let i = 0; i < p.size; i++) {
      const row = c.rowOfId.get(p.companyId[i]!);
      if (row === undefined) {
        orphans.push(p.id[i]!);
        continue;
      }
      p.companyRow[i] = row;
      p.municipality[i] = c.municipality[row]!;
      p.sizeClass[i] = c.sizeClass[row]!;
      p.industry[i] = c.industry[row]!;
    }
    for (const id of orphans) removeParticipant(facts, id);
  } else if (change.gaps) {
    facts.gaps = await loadGaps(em, facts.companies);
  }
  if (participantIds.size) {
    const ids = [...participantIds];
    const rows = await em.getConnection().execute<ParticipantRow[]>(participantSql(`p.id in (${ids.map(() => '?').join(',')})`), [...ids, ...ids]);
    const found = new Set<number>();
    for (const row of rows) {
      const id = Number(row.id);
      found.add(id);
      let i = facts.rowOfParticipant.get(id);
      if (i === undefined) {
        grow(p, p.size + 1);
        i = p.size++;
        facts.rowOfParticipant.set(id, i);
      }
      writeParticipant(p, i, row, facts.companies);
    }
    for (const id of ids) if (!found.has(id)) removeParticipant(facts, id);
  }
  facts.dataIsDemo = await isDemo(em);
  deriveCompanyMasks(facts);
}

/** Swap-remove: the last row takes the removed one's place, so scans stay dense. */
function removeParticipant(facts: Facts, id: number): void {
  const p = facts.participants;
  const i = facts.rowOfParticipant.get(id);
  if (i === undefined) return;
  const last = p.size - 1;
  if (i !== last) {
    for (const column of PARTICIPANT_COLUMNS) p[column][i] = p[column][last]!;
    facts.rowOfParticipant.set(p.id[i]!, i);
  }
  facts.rowOfParticipant.delete(id);
  p.size = last;
}
