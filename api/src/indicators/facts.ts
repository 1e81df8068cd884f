import type { SqlEntityManager } from '@mikro-orm/sql';
import type { DataChange } from '../db/data-version.js';
import { dayNumber, dims, divisionIndex, indexOf } from './dimensions.js';
import { PARTICIPANT_COLUMNS, RowIndex, emptyEnrolments, emptyParticipants, readParticipants, takeCompany } from './participant-rows.js';

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
  /** The breakdown attributes crossed into one code (profile.ts). */
  profile: Uint16Array;
  enrolledDay: Int16Array;
  /** Bit i set: enrolled in an activity of kind i (dims.activityKind order). */
  kinds: Uint8Array;
  /** Bit i set: enrolled in an activity of theme i (dims.theme order; eight themes, one byte, as kinds). */
  themes: Uint8Array;
  /** Hours attended over all its enrolments, in tenths (so sums are exact integers). */
  hoursTenths: Uint32Array;
  enrolments: Uint16Array;
  completed: Uint16Array;
  /** Where this participant's `enrolments` run starts in the enrolment pool. */
  enrolFirst: Int32Array;
  /** Never published: the disclosure policy's record key (decision 0023). */
  recordKey: Uint32Array;
}

/** Every enrolment, with its activity's kind and theme, in one run per participant. */
export interface EnrolmentFacts {
  size: number;
  kind: Uint8Array;
  theme: Uint8Array;
  /** Hours attended in tenths: the database keeps one decimal, and integer sums stay exact. */
  hoursTenths: Int32Array;
  completed: Uint8Array;
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
  themes: Uint8Array;
  rowOfId: Map<number, number>;
}

export interface GapFacts {
  /** Company row of each analysis. */
  analysisCompany: Int32Array;
  shifts: { companyRow: number; area: string; shift: number }[];
}

export interface Facts {
  participants: ParticipantFacts;
  enrolments: EnrolmentFacts;
  /** Participant id → row. */
  rowOfParticipant: Pick<RowIndex, 'get' | 'set' | 'delete'>;
  companies: CompanyFacts;
  gaps: GapFacts;
  dataIsDemo: boolean;
}

// Masks are one byte, so every scan condition reads the same kind of column.
if (dims.activityKind.values.length > 8 || dims.theme.values.length > 8) throw new Error('Activity kinds and themes must fit the facts’ one-byte masks');

const isoDate = (value: string | Date) => (typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10));

async function loadCompanies(em: SqlEntityManager): Promise<CompanyFacts> {
  const rows = await em
    .getConnection()
    .execute<{ id: number; municipality_code: string; size_class: string; sni_code: string; joined_on: string | Date; record_key: string }[]>(
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
    themes: new Uint8Array(n),
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
    em
      .getConnection()
      .execute<{ company_id: number; area: string; shift: number }[]>(
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
  const [row] = await em
    .getConnection()
    .execute<{ demo: boolean }[]>('select exists(select 1 from company where is_demo) or exists(select 1 from participant where is_demo) as demo');
  return Boolean(row?.demo);
}

export async function loadFacts(em: SqlEntityManager): Promise<Facts> {
  const companies = await loadCompanies(em);
  const facts: Facts = {
    participants: emptyParticipants(0),
    enrolments: emptyEnrolments(0),
    rowOfParticipant: new RowIndex(),
    companies,
    gaps: { analysisCompany: new Int32Array(0), shifts: [] },
    dataIsDemo: false,
  };
  const [, gaps, dataIsDemo] = await Promise.all([readParticipants(em, facts), loadGaps(em, companies), isDemo(em)]);
  facts.gaps = gaps;
  facts.dataIsDemo = dataIsDemo;
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
      takeCompany(p, i, c, row);
    }
    for (const id of orphans) removeParticipant(facts, id);
  } else if (change.gaps) {
    facts.gaps = await loadGaps(em, facts.companies);
  }
  if (participantIds.size) {
    const ids = [...participantIds];
    const rows = await readParticipants(em, facts, ids);
    const found = new Set(rows.map((row) => p.id[row]!));
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
