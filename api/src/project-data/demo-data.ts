import type { SqlEntityManager } from '@mikro-orm/sql';
import { type ActivityKind, type EducationLevel, type Gender, type SizeClass, type Theme, labels } from './enums.js';
/**
 * Deterministic demo data, generated inside the database with INSERT … SELECT over
 * generate_series, so a million participants take seconds and PGlite and PostgreSQL produce the
 * same rows. Every random choice is md5(seed, salt, row) mapped to [0, 1): same seed and same
 * `until` date, same data. Every generated row has is_demo = true (docs/decisions/0013-demo-data.md).
 */
export interface DemoDataOptions {
  companies: number;
  participants: number;
  /** Enrolments per participant on average (1–9). */
  enrolmentsPerParticipant?: number;
  /** Last day data is generated for (activities, enrolments); default today. */
  until?: string;
  seed?: string;
}

const rand = (seed: string, salt: string, id: string) => `(('x' || substr(md5('${seed}:${salt}:' || ${id}), 1, 8))::bit(32)::bigint / 4294967296.0)`;

/** Municipalities weighted roughly by their industrial employment, so the map looks plausible. */
const MUNICIPALITY_WEIGHTS: [string, number][] = [
  ['1280', 14],
  ['1283', 11],
  ['1281', 7],
  ['1290', 6],
  ['1293', 5],
  ['1282', 4],
  ['1287', 4],
  ['1292', 4],
  ['1285', 3],
  ['1286', 2],
  ['1276', 2],
  ['1277', 2],
  ['1260', 2],
  ['1261', 2],
  ['1272', 2],
  ['1273', 2],
  ['1275', 2],
  ['1256', 2],
  ['1257', 1],
  ['1214', 1],
  ['1230', 1],
  ['1231', 1],
  ['1233', 1],
  ['1262', 1],
  ['1263', 1],
  ['1264', 1],
  ['1265', 1],
  ['1266', 1],
  ['1267', 1],
  ['1270', 1],
  ['1278', 1],
  ['1284', 1],
  ['1291', 1],
  ['1080', 6],
  ['1082', 5],
  ['1081', 4],
  ['1060', 4],
  ['1083', 3],
];
const SNI = [
  '25620',
  '25110',
  '28290',
  '22290',
  '16230',
  '24100',
  '27900',
  '29320',
  '10890',
  '33120',
  '20590',
  '31010',
  '26510',
  '71121',
  '23610',
  '28410',
  '25990',
  '30110',
];
const NAME_FIRST = [
  'Nordisk',
  'Syd',
  'Öresunds',
  'Blekinge',
  'Skånska',
  'Lister',
  'Göinge',
  'Söderslätts',
  'Kullens',
  'Hallandsåsens',
  'Ronneby',
  'Vombs',
  'Linderöds',
  'Österlens',
  'Karlshamns',
];
const NAME_SECOND = [
  'Mekaniska',
  'Plast',
  'Verktyg',
  'Gjuteri',
  'Automation',
  'Svets',
  'Trä',
  'Elektronik',
  'Komponent',
  'Precision',
  'Laser',
  'Hydraulik',
  'Montage',
  'Förpackning',
];
const AREAS = [
  'Cirkulär design',
  'Energikartläggning',
  'Materialval med lägre klimatavtryck',
  'Livscykelanalys',
  'Lean och resurseffektivitet',
  'Automation och robotik',
  'Digital produktionsuppföljning',
  'Hållbara affärsmodeller',
  'Ledarskap i förändring',
  'Jämställd rekrytering',
  'Återvinning av processmaterial',
  'Hållbarhetsrapportering',
];

/** Activity kinds, themes, sizes, genders and education levels drawn with these weights (percent, roughly). */
const SIZE_WEIGHTS: Record<SizeClass, number> = { MICRO: 25, SMALL: 45, MEDIUM: 30 };
const ACTIVITY_KIND_WEIGHTS: Record<ActivityKind, number> = {
  GAP_ANALYSIS: 10,
  COURSE: 40,
  WORKSHOP: 20,
  NETWORK_MEETING: 12,
  LEADERSHIP_PROGRAMME: 10,
  DIVERSITY_AND_INCLUSION: 8,
};
const THEME_WEIGHTS: Record<Theme, number> = {
  CIRCULAR_PRODUCTION: 15,
  ENERGY_EFFICIENCY: 18,
  CLIMATE_SMART_MATERIALS: 12,
  GREEN_BUSINESS_MODELS: 10,
  SUSTAINABLE_PRODUCTION_AND_LEAN: 18,
  DIGITALISATION: 14,
  LEADERSHIP_FOR_THE_TRANSITION: 8,
  GENDER_EQUALITY_AND_INCLUSION: 5,
};
const GENDER_WEIGHTS: Record<Gender, number> = { MAN: 74, WOMAN: 23, OTHER: 0.3, NOT_STATED: 2.7 };
const EDUCATION_WEIGHTS: Record<EducationLevel, number> = { ISCED_0_2: 14, ISCED_3_4: 58, ISCED_5_8: 28 };

const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;
// Entries, not an object: a municipality code is an integer key, which an object would reorder.
const weightedCase = (r: string, weights: Record<string, number> | [string, number][]) => {
  const items = Array.isArray(weights) ? weights : Object.entries(weights);
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let acc = 0;
  return `case ${items.map(([value, w]) => `when ${r} < ${(acc += w) / total} then '${value}'`).join(' ')} else '${items.at(-1)![0]}' end`;
};
/** The Swedish label of a vocabulary column, from the labels the site shows (@spik/shared). */
const labelCase = (column: string, labelOf: Record<string, string>) =>
  `case ${column} ${Object.entries(labelOf)
    .map(([value, label]) => `when ${quoted(value)} then ${quoted(label)}`)
    .join(' ')} end`;
const pick = (r: string, values: readonly string[]) => `(array[${values.map(quoted).join(',')}])[1 + floor(${r} * ${values.length})::int]`;

export async function hasDemoData(em: SqlEntityManager): Promise<boolean> {
  const [row] = await em
    .getConnection()
    .execute<{ demo: boolean }[]>('select exists(select 1 from company where is_demo) or exists(select 1 from participant where is_demo) as demo');
  return Boolean(row?.demo);
}

/** Whether any real (non-demo) companies exist: then demo data must never be mixed in. */
export async function hasProjectData(em: SqlEntityManager): Promise<boolean> {
  const [row] = await em.getConnection().execute<{ real: boolean }[]>('select exists(select 1 from company where not is_demo) as real');
  return Boolean(row?.real);
}

export async function removeDemoData(em: SqlEntityManager): Promise<void> {
  await em.getConnection().execute('delete from company where is_demo; delete from activity where is_demo;');
}

/** Generates demo companies, activities, participants, enrolments and gap analyses in one transaction. */
export async function generateDemoData(em: SqlEntityManager, options: DemoDataOptions): Promise<void> {
  const seed = (options.seed ?? 'spik').replace(/[^\w-]/g, '');
  const until = options.until ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) throw new Error(`until must be a date (YYYY-MM-DD), got "${until}"`);
  const perParticipant = Math.min(9, Math.max(1, Math.round(options.enrolmentsPerParticipant ?? 2)));
  const { companies, participants } = options;
  if (!Number.isInteger(companies) || companies < 1 || !Number.isInteger(participants) || participants < 1) {
    throw new Error('companies and participants must be positive whole numbers');
  }
  const r = (salt: string, id = 'g') => rand(seed, salt, `${id}::text`);
  const start = '2024-01-08';
  const span = `greatest(1, '${until}'::date - '${start}'::date)`;

  await em.transactional(async (tx) => {
    const sql = (statement: string) => tx.getConnection().execute(statement, [], 'run', tx.getTransactionContext());
    const partners = `(select array_agg(id order by id) from organisation where kind in ('PROJECT_OWNER', 'PARTNER'))`;

    // Companies. Org numbers: 55 (aktiebolag) + seven digits that are a bijection of the row number
    // (7919 is prime to 10^7, so no two rows collide) + the Luhn check digit, computed in SQL.
    await sql(`
      insert into company (org_number, name, region, municipality_code, sni_code, size_class, joined_on, responsible_partner_id, is_demo)
      select base || ${luhnSql('base')}, name, (case when muni like '10%' then 'BLEKINGE' else 'SKANE' end)::region, muni,
             ${pick(r('sni'), SNI)}, size::size_class,
             ('${start}'::date + floor(power(${r('joined')}, 0.8) * ${span} * 0.85)::int),
             (${partners})[1 + floor(${r('partner')} * 4)::int], true
      from (
        select g, '55' || lpad(((g * 7919) % 10000000)::text, 7, '0') as base,
               ${pick(r('n1'), NAME_FIRST)} || ' ' || ${pick(r('n2'), NAME_SECOND)} || ' AB ' || g || ' (demo)' as name,
               ${weightedCase(r('muni'), MUNICIPALITY_WEIGHTS)} as muni,
               ${weightedCase(r('size'), SIZE_WEIGHTS)} as size
        from generate_series(1, ${companies}) g
      ) c`);

    // Activities: a steady programme from project start until `until`, about one a week.
    const activityCount = Math.min(2000, Math.max(12, Math.ceil(participants / 25)));
    await sql(`
      insert into activity (code, title, kind, theme, provider_id, starts_on, ends_on, planned_hours, is_demo)
      select 'DEMO-' || lpad(g::text, 6, '0'), kind_label || ': ' || theme_label || ' (demo)', kind::activity_kind, theme::theme,
             (${partners})[1 + floor(${r('provider')} * 4)::int], starts, starts + (5 + floor(${r('len')} * 60))::int,
             (4 + floor(${r('hours')} * 40))::numeric, true
      from (
        select g, '${start}'::date + floor((g - 1)::numeric / ${activityCount} * ${span})::int as starts,
               ${weightedCase(r('kind'), ACTIVITY_KIND_WEIGHTS)} as kind,
               ${weightedCase(r('theme'), THEME_WEIGHTS)} as theme
        from generate_series(1, ${activityCount}) g
      ) a
      cross join lateral (select ${labelCase('a.kind', labels.ActivityKind)} as kind_label, ${labelCase('a.theme', labels.Theme)} as theme_label) l`);

    // Participants: enrolment dates accelerate after the first months, as recruitment did.
    await sql(`
      insert into participant (reference, company_id, gender, birth_year, education, enrolled_on, left_on, is_demo)
      select 'DEMO-P' || lpad(g::text, 8, '0'), p.company_id, gender::gender, 1962 + floor(${r('birth')} * 42)::int, edu::education_level,
             enrolled, case when ${r('left')} < 0.12 then least('${until}'::date, enrolled + (30 + floor(${r('stay')} * 300))::int) end, true
      from (
        select g, greatest(c.joined_on, '${start}'::date + floor(power(${r('enrolled')}, 0.7) * ${span})::int) as enrolled, c.id as company_id,
               ${weightedCase(r('gender'), GENDER_WEIGHTS)} as gender,
               ${weightedCase(r('edu'), EDUCATION_WEIGHTS)} as edu
        from generate_series(1, ${participants}) g
        join company c on c.id = (select min(id) from company where is_demo) + floor(power(${r('company')}, 1.6) * ${companies})::int
      ) p
      where p.enrolled <= '${until}'::date`);

    // Enrolments: each participant in up to N activities starting around or after their enrolment.
    // Activities start at evenly spaced days, so the first one a participant can join is found by
    // arithmetic and joined on its id: no per-participant search, which matters at a million rows.
    await sql(`
      insert into enrolment (participant_id, activity_id, hours_attended, completed)
      select p.id, act.id,
             round((act.planned_hours * (0.5 + ${rand(seed, 'att', "p.id::text || '-' || k::text")} * 0.5))::numeric, 1),
             act.ends_on <= '${until}'::date and ${rand(seed, 'done', "p.id::text || '-' || k::text")} < 0.85
      from participant p
      cross join generate_series(1, ${perParticipant}) k
      join activity act on act.id = (select min(id) from activity where is_demo) + least(${activityCount} - 1, greatest(0,
             ceil((p.enrolled_on - 14 - '${start}'::date)::numeric / ${span} * ${activityCount})::int
             + floor(${rand(seed, 'pick', "p.id::text || '-' || k::text")} * 40)::int))
      where p.is_demo and ${rand(seed, 'takes', "p.id::text || '-' || k::text")} < ${perParticipant === 1 ? 1 : 0.97}
      on conflict do nothing`);

    // Gap analyses for four companies in five, each with three to five competence shifts.
    await sql(`
      insert into gap_analysis (company_id, analysed_on, business_goals)
      select id, least('${until}'::date, joined_on + (7 + floor(${rand(seed, 'gap', 'id::text')} * 60))::int),
             'Minska klimatavtrycket från produktionen och stärka konkurrenskraften (demo).'
      from company where is_demo and ${rand(seed, 'hasgap', 'id::text')} < 0.8`);
    await sql(`
      insert into competence_shift (analysis_id, area, current_level, target_level, employees_concerned, priority)
      select ga.id, ${pick(rand(seed, 'area', "ga.id::text || '-' || k::text"), AREAS)}, cur, least(5, cur + 1 + floor(${rand(seed, 'gain', "ga.id::text || '-' || k::text")} * 2)::int),
             1 + floor(${rand(seed, 'conc', "ga.id::text || '-' || k::text")} * 25)::int,
             (array['HIGH','MEDIUM','LOW'])[1 + floor(${rand(seed, 'prio', "ga.id::text || '-' || k::text")} * 3)::int]::priority
      from gap_analysis ga join company c on c.id = ga.company_id and c.is_demo
      cross join generate_series(1, 5) k
      cross join lateral (select 1 + floor(${rand(seed, 'cur', "ga.id::text || '-' || k::text")} * 3)::int as cur) l
      where k <= 3 + floor(${rand(seed, 'shifts', 'ga.id::text')} * 3)::int`);
  });
  // Fresh statistics, or the planner guesses from empty tables and picks nested loops over millions.
  await em.getConnection().execute('analyze');
}

/** Luhn check digit of a 9-digit text column, in SQL (mirrors luhnCheckDigit in org-number.ts). */
function luhnSql(column: string): string {
  const terms = Array.from({ length: 9 }, (_, i) => {
    const digit = `substr(${column}, ${i + 1}, 1)::int`;
    return i % 2 === 0 ? `((${digit} * 2) / 10 + (${digit} * 2) % 10)` : digit;
  });
  return `((10 - (${terms.join(' + ')}) % 10) % 10)::text`;
}
