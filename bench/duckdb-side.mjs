// DuckDB beside the API (issue: indicators at 1 000 000 participants): the same project data,
// exported from PostgreSQL as CSV, loaded into an embedded DuckDB with 2 threads, asked the same
// breakdowns the API's query shapes ask. The figures are raw counts and sums (DuckDB applies no
// disclosure control), so they are what an analyst's engine costs for the same question.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';

const TABLES = {
  company: 'select id, region::text as region, municipality_code, sni_code, size_class::text as size_class, joined_on from company',
  participant: 'select id, company_id, gender::text as gender, birth_year, education::text as education, enrolled_on from participant',
  enrolment: 'select participant_id, activity_id, hours_attended, completed from enrolment',
  activity: 'select id, kind::text as kind, theme::text as theme from activity',
};

/** Exports the tables and loads them into DuckDB; returns a runner and the load time. */
export async function startDuckDb(databaseUrl) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spik-duckdb-'));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const exportStarted = performance.now();
  try {
    for (const [table, sql] of Object.entries(TABLES)) {
      await pipeline(client.query(copyTo(`copy (${sql}) to stdout with (format csv, header)`)), createWriteStream(path.join(dir, `${table}.csv`)));
    }
  } finally {
    await client.end();
  }
  const exportMs = performance.now() - exportStarted;
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  const loadStarted = performance.now();
  for (const table of Object.keys(TABLES)) {
    // Codes are text (SNI "01…", municipality "0…"), not numbers, whatever the sniffer guesses.
    const types = table === 'company' ? ", types = {'sni_code': 'VARCHAR', 'municipality_code': 'VARCHAR'}" : '';
    await connection.run(`create table ${table} as select * from read_csv('${path.join(dir, `${table}.csv`)}', header = true${types})`);
  }
  const loadMs = performance.now() - loadStarted;
  rmSync(dir, { recursive: true, force: true });
  return {
    exportMs,
    loadMs,
    /** Runs one shape's SQL and returns the milliseconds it took. */
    async time(sql) {
      const started = performance.now();
      await connection.runAndReadAll(sql);
      return performance.now() - started;
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

const AGE_BAND =
  "case when year(p.enrolled_on) - p.birth_year < 30 then 'UNDER_30' when year(p.enrolled_on) - p.birth_year < 55 then 'FROM_30_TO_54' else 'FROM_55' end";
const period = (from, to) => `p.enrolled_on between date '${from}' and date '${to}'`;

/**
 * The SQL of each query shape for one variant, as the API's filters mean them (a participant is
 * in an activity filter when it has an enrolment of that kind or theme; hours count only those).
 */
export const duckDbShapes = {
  'region + all breakdowns': ({ region, from, to }) => `
    select 'p' as t, gender, age_band, education, null as size_class, null as industry, count(*) from (
      select p.gender, ${AGE_BAND} as age_band, p.education from participant p join company c on c.id = p.company_id where c.region = '${region}' and ${period(from, to)})
    group by grouping sets ((), (gender), (age_band), (education))
    union all
    select 'c', null, null, null, size_class, left(sni_code, 2), count(*) from company
    where region = '${region}' and joined_on between date '${from}' and date '${to}' group by grouping sets ((size_class), (left(sni_code, 2)))`,
  'municipality + size class': ({ municipality, sizeClass, from, to }) => `
    select age_band, count(*) from (select ${AGE_BAND} as age_band from participant p join company c on c.id = p.company_id
      where c.municipality_code = '${municipality}' and c.size_class = '${sizeClass}' and ${period(from, to)}) group by grouping sets ((), (age_band))
    union all select 'companies', count(*) from company
    where municipality_code = '${municipality}' and size_class = '${sizeClass}' and joined_on between date '${from}' and date '${to}'`,
  'industry + theme + period': ({ industry, theme, from, to }) => `
    with matching as (
      select p.id, p.gender, sum(e.hours_attended) as hours, count(*) as enrolments, count(*) filter (where e.completed) as completed
      from participant p join company c on c.id = p.company_id join enrolment e on e.participant_id = p.id join activity a on a.id = e.activity_id
      where left(c.sni_code, 2) = '${industry}' and a.theme = '${theme}' and ${period(from, to)}
      group by p.id, p.gender)
    select gender, count(*), sum(hours), sum(completed) / sum(enrolments) from matching group by grouping sets ((), (gender))`,
  'activity kind + monthly series': ({ kind, from, to }) => `
    select month, sum(count(*)) over (order by month) from (
      select distinct p.id, date_trunc('month', p.enrolled_on) as month from participant p join enrolment e on e.participant_id = p.id join activity a on a.id = e.activity_id
      where a.kind = '${kind}' and ${period(from, to)})
    group by month order by month`,
};
