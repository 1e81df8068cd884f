import type { SqlEntityManager } from '@mikro-orm/sql';
import { ageBandOf } from '../project-data/enums.js';
import { type Dimension, dateOfDay, dims, esfAgeGroupIndex, indexOf, regionOfMunicipality } from './dimensions.js';
import type { CompanyFacts, EnrolmentFacts, ParticipantFacts } from './facts.js';
import { profileCode } from './profile.js';
import { type RowReader, readRows } from './row-stream.js';

/**
 * Reading participants and their enrolments into the fact columns. Enrolments are read as they are
 * stored (no aggregation in the database: grouping 4 600 000 of them took PostgreSQL 5.8 s) and
 * kept per participant, so an activity filter sums exactly the matching enrolments in memory.
 */
/** A column's value as its index in `dimension` (the database does it, in its own process). */
const ordinal = (column: string, dimension: Dimension) =>
  `case ${column} ${dimension.values.map((value, i) => `when '${value}' then ${i}`).join(' ')} else 0 end`;
const PARTICIPANT_SQL = `select id, record_key, company_id, ${ordinal('gender', dims.gender)} as gender, birth_year, ${ordinal('education', dims.education)} as education,
  enrolled_on - date '${dateOfDay(0)}' as enrolled_day, extract(year from enrolled_on)::int as enrolled_year from participant p`;
const PARTICIPANT_FIELDS = 8;
const ENROLMENT_SQL = 'select participant_id, activity_id, hours_attended, completed from enrolment e';

export const PARTICIPANT_COLUMNS = [
  'id',
  'companyId',
  'companyRow',
  'municipality',
  'sizeClass',
  'industry',
  'gender',
  'ageBand',
  'esfAgeGroup',
  'education',
  'profile',
  'enrolledDay',
  'kinds',
  'themes',
  'hoursTenths',
  'enrolments',
  'completed',
  'enrolFirst',
  'recordKey',
] as const;

/** Where each participant id sits in the columns; a typed array, as ids are a dense serial. */
export class RowIndex {
  private rows = new Int32Array(1024).fill(-1);

  get(id: number): number | undefined {
    const row = id < this.rows.length ? this.rows[id]! : -1;
    return row < 0 ? undefined : row;
  }

  set(id: number, row: number): void {
    if (id >= this.rows.length) {
      const grown = new Int32Array(Math.max(id + 1, this.rows.length * 2)).fill(-1);
      grown.set(this.rows);
      this.rows = grown;
    }
    this.rows[id] = row;
  }

  delete(id: number): void {
    if (id < this.rows.length) this.rows[id] = -1;
  }
}

export function emptyParticipants(capacity: number): ParticipantFacts {
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
    profile: new Uint16Array(capacity),
    enrolledDay: new Int16Array(capacity),
    kinds: new Uint8Array(capacity),
    themes: new Uint8Array(capacity),
    hoursTenths: new Uint32Array(capacity),
    enrolments: new Uint16Array(capacity),
    completed: new Uint16Array(capacity),
    enrolFirst: new Int32Array(capacity),
    recordKey: new Uint32Array(capacity),
  };
}

export function grow(p: ParticipantFacts, needed: number): void {
  if (needed <= p.id.length) return;
  const capacity = Math.max(needed, Math.ceil(p.id.length * 1.5) + 1024);
  for (const column of PARTICIPANT_COLUMNS) {
    const old = p[column];
    const next = new (old.constructor as new (n: number) => typeof old)(capacity);
    next.set(old as never);
    (p as unknown as Record<string, unknown>)[column] = next;
  }
}

/** The attributes a participant takes from its company (they change when the company does). */
export function takeCompany(p: ParticipantFacts, i: number, companies: CompanyFacts, company: number): void {
  p.companyRow[i] = company;
  p.municipality[i] = companies.municipality[company]!;
  p.sizeClass[i] = companies.sizeClass[company]!;
  p.industry[i] = companies.industry[company]!;
  p.profile[i] = profileCode(p.gender[i]!, p.ageBand[i]!, p.esfAgeGroup[i]!, p.education[i]!, regionOfMunicipality[p.municipality[i]!]!);
}

/** Age band and ESF+ age group by age in the year of enrolment (ageBandOf, esfAgeGroupIndex), for ages 0…149. */
const AGE_BAND = Uint8Array.from({ length: 150 }, (_, age) => indexOf(dims.ageBand, ageBandOf(2000 - age, '2000-01-01')));
const ESF_AGE_GROUP = Uint8Array.from({ length: 150 }, (_, age) => esfAgeGroupIndex(2000 - age, '2000-01-01'));

function writeParticipant(p: ParticipantFacts, i: number, row: RowReader, companies: CompanyFacts): void {
  const birthYear = row.int(4);
  const age = Math.min(149, Math.max(0, row.int(7) - birthYear));
  p.id[i] = row.int(0);
  p.recordKey[i] = row.int(1);
  p.companyId[i] = row.int(2);
  p.gender[i] = row.int(3);
  p.ageBand[i] = AGE_BAND[age]!;
  p.esfAgeGroup[i] = ESF_AGE_GROUP[age]!;
  p.education[i] = row.int(5);
  p.enrolledDay[i] = row.int(6);
  p.kinds[i] = 0;
  p.themes[i] = 0;
  p.hoursTenths[i] = 0;
  p.enrolments[i] = 0;
  p.completed[i] = 0;
  takeCompany(p, i, companies, companies.rowOfId.get(p.companyId[i]!) ?? 0);
}

/** The planner's row counts (exact after the last analyse; a guess is fine, the arrays still grow). */
async function tableSizes(em: SqlEntityManager): Promise<{ participants: number; enrolments: number }> {
  const rows = await em
    .getConnection()
    .execute<{ relname: string; rows: number }[]>(
      "select relname, greatest(reltuples, 0)::int as rows from pg_class where relname in ('participant', 'enrolment') and relkind = 'r'",
    );
  const of = (name: string) => Math.ceil(Number(rows.find((row) => row.relname === name)?.rows ?? 0) * 1.01) + 1024;
  return { participants: of('participant'), enrolments: of('enrolment') };
}

/** Activity id → kind and theme index, for the enrolments. */
async function activityIndex(em: SqlEntityManager): Promise<{ kind: Int8Array; theme: Int8Array }> {
  const rows = await em.getConnection().execute<{ id: number; kind: string; theme: string }[]>('select id, kind, theme from activity');
  const size = rows.reduce((largest, row) => Math.max(largest, Number(row.id) + 1), 0);
  const index = { kind: new Int8Array(size).fill(-1), theme: new Int8Array(size).fill(-1) };
  for (const row of rows) {
    index.kind[Number(row.id)] = indexOf(dims.activityKind, row.kind);
    index.theme[Number(row.id)] = indexOf(dims.theme, row.theme);
  }
  return index;
}

export function emptyEnrolments(capacity: number): EnrolmentFacts {
  return {
    size: 0,
    kind: new Uint8Array(capacity),
    theme: new Uint8Array(capacity),
    hoursTenths: new Int32Array(capacity),
    completed: new Uint8Array(capacity),
  };
}

function growEnrolments(e: EnrolmentFacts, needed: number): EnrolmentFacts {
  if (needed <= e.kind.length) return e;
  // Runs replaced by patches are left behind; a full reload lays the pool out afresh.
  const next = emptyEnrolments(Math.max(needed, e.kind.length * 2));
  next.kind.set(e.kind);
  next.theme.set(e.theme);
  next.hoursTenths.set(e.hoursTenths);
  next.completed.set(e.completed);
  next.size = e.size;
  return next;
}

/** A growable buffer of the enrolments as read, before they are laid out per participant. */
class EnrolmentBuffer {
  size = 0;
  /** The participant's id as read, then its row (−1: not among the participants read). */
  row: Int32Array;
  kind: Int8Array;
  theme: Int8Array;
  tenths: Int32Array;
  completed: Uint8Array;

  constructor(capacity: number) {
    this.row = new Int32Array(capacity);
    this.kind = new Int8Array(capacity);
    this.theme = new Int8Array(capacity);
    this.tenths = new Int32Array(capacity);
    this.completed = new Uint8Array(capacity);
  }

  push(row: number, kind: number, theme: number, tenths: number, completed: number): void {
    if (this.size === this.row.length) {
      for (const column of ['row', 'kind', 'theme', 'tenths', 'completed'] as const) {
        const next = new (this[column].constructor as new (n: number) => (typeof this)[typeof column])(Math.max(1024, this.size * 2));
        next.set(this[column] as never);
        (this as Record<typeof column, unknown>)[column] = next;
      }
    }
    this.row[this.size] = row;
    this.kind[this.size] = kind;
    this.theme[this.size] = theme;
    this.tenths[this.size] = tenths;
    this.completed[this.size] = completed;
    this.size += 1;
  }
}

export interface ParticipantTarget {
  participants: ParticipantFacts;
  enrolments: EnrolmentFacts;
  companies: CompanyFacts;
  rowOfParticipant: Pick<RowIndex, 'get' | 'set' | 'delete'>;
}

/**
 * Reads participants (all, or those with `ids`) into their rows (new ones appended), then their
 * enrolments into the pool, each participant's as one run (`enrolFirst`, `enrolments` long), and
 * the per-participant sums and activity masks from those. Returns the rows read.
 */
export async function readParticipants(em: SqlEntityManager, facts: ParticipantTarget, ids?: number[]): Promise<number[]> {
  const p = facts.participants;
  const where = (column: string) => (ids ? ` where ${column} in (${ids.map(() => '?').join(',')})` : '');
  const found: number[] = [];
  const placeOf = (id: number) => {
    // A participant read again gets a new run of enrolments; its old one is left unreferenced.
    const existing = facts.rowOfParticipant.get(id);
    if (existing !== undefined) return existing;
    grow(p, p.size + 1);
    facts.rowOfParticipant.set(id, p.size);
    return p.size++;
  };
  // Sized from the planner's row counts up front: growing by doubling would leave the old
  // arrays to the allocator, and the process's memory with them.
  const expected = ids ? { participants: ids.length, enrolments: ids.length * 8 } : await tableSizes(em);
  grow(p, p.size + expected.participants);
  const activities = await activityIndex(em);
  const buffer = new EnrolmentBuffer(expected.enrolments);
  // Both tables stream at once, each in its own database process; enrolments keep the
  // participant's id until every participant has a row.
  await Promise.all([
    readRows(
      em,
      PARTICIPANT_SQL + where('p.id'),
      PARTICIPANT_FIELDS,
      (row) => {
        const i = placeOf(row.int(0));
        found.push(i);
        writeParticipant(p, i, row, facts.companies);
      },
      ids ?? [],
    ),
    readRows(
      em,
      ENROLMENT_SQL + where('e.participant_id'),
      4,
      (row) => {
        const activity = row.int(1);
        const kind = activities.kind[activity] ?? -1;
        if (kind >= 0) buffer.push(row.int(0), kind, activities.theme[activity]!, row.tenths(2), row.bool(3) ? 1 : 0);
      },
      ids ?? [],
    ),
  ]);
  // An enrolment of a participant written after the participants were read is left to the patch its write asks for.
  for (let j = 0; j < buffer.size; j++) {
    const i = facts.rowOfParticipant.get(buffer.row[j]!) ?? -1;
    buffer.row[j] = i;
    if (i >= 0) p.enrolments[i]! += 1;
  }
  const pool = growEnrolments(facts.enrolments, facts.enrolments.size + buffer.size);
  const cursor = new Int32Array(p.size);
  for (const i of found) {
    p.enrolFirst[i] = pool.size;
    cursor[i] = pool.size;
    pool.size += p.enrolments[i]!;
  }
  for (let j = 0; j < buffer.size; j++) {
    const i = buffer.row[j]!;
    if (i < 0) continue;
    const at = cursor[i]!++;
    pool.kind[at] = buffer.kind[j]!;
    pool.theme[at] = buffer.theme[j]!;
    pool.hoursTenths[at] = buffer.tenths[j]!;
    pool.completed[at] = buffer.completed[j]!;
    p.kinds[i]! |= 1 << buffer.kind[j]!;
    p.themes[i]! |= 1 << buffer.theme[j]!;
    p.hoursTenths[i]! += buffer.tenths[j]!;
    p.completed[i]! += buffer.completed[j]!;
  }
  facts.enrolments = pool;
  return found;
}
