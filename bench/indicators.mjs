// Benchmark of the indicators at scale (issue: internal project data). One command:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/indicators.mjs
// It creates (or reuses) the database `spik_bench` on that server with 1 000 000 participants,
// 20 000 companies and about 5 000 000 enrolments of demo data, starts the built API against it, and
// measures warm query latency, latency for questions not asked before (every reply computed, beside
// DuckDB answering the same breakdowns from the same data), the first reply after a write,
// throughput under 50 clients and a 100 000-row import. Writes bench/results/indicators.md.
// Run `npm test` (or the builds) first.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort } from '../scripts/lib/processes.mjs';
import { duckDbShapes, startDuckDb } from './duckdb-side.mjs';
import { UNCACHED_SHAPES, variantsOf } from './uncached-shapes.mjs';
import { root, startApi } from '../scripts/lib/stack.mjs';

const server = process.env.DATABASE_URL;
if (!server) {
  console.error('Set DATABASE_URL to a PostgreSQL server (the bench uses its database "spik_bench").');
  process.exit(2);
}
const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 1_000_000);
const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 20_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 30);
const benchUrl = new URL(server);
benchUrl.pathname = '/spik_bench';
const databaseUrl = benchUrl.toString();

async function query(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const log = (message) => console.log(`▸ ${message}`);
const apiCli = (script, args) =>
  execFileSync(process.execPath, [path.join(root, 'api/dist', script), ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });

// ---- data ---------------------------------------------------------------------------------------
if (!(await query(server, "select 1 from pg_database where datname = 'spik_bench'")).length) {
  await query(server, 'create database spik_bench');
}
const have = await query(databaseUrl, "select to_regclass('participant') is not null as ready").then(async ([row]) =>
  row.ready ? Number((await query(databaseUrl, 'select count(*) as n from participant'))[0].n) : 0,
);
if (have < PARTICIPANTS) {
  log(`Generating ${PARTICIPANTS} participants and ${COMPANIES} companies (a few minutes, once)…`);
  const started = Date.now();
  apiCli('project-data/demo-data-cli.js', ['--participants', String(PARTICIPANTS), '--companies', String(COMPANIES), '--enrolments', '5', '--replace']);
  log(`generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
const [counts] = await query(
  databaseUrl,
  'select (select count(*) from participant)::int as participants, (select count(*) from company)::int as companies, (select count(*) from enrolment)::int as enrolments',
);
await query(databaseUrl, "delete from participant where reference like 'BENCH-%'");
const staffKey = /spik_[A-Za-z0-9_-]+/.exec(apiCli('auth/key-cli.js', ['create', '--role', 'staff', '--name', 'bench']))[0];
const partnerKey = /spik_[A-Za-z0-9_-]+/.exec(apiCli('auth/key-cli.js', ['create', '--role', 'partner', '--name', 'bench']))[0];

// ---- API ----------------------------------------------------------------------------------------
const port = await freePort();
// The API loads the facts of 1 000 000 participants at start and says so in /readyz (there is no
// CMS here, so the readiness as a whole stays 503; the indicators part is what counts).
const api = startApi({ port, cmsUrl: 'http://127.0.0.1:9', cmsToken: 'unused', databaseUrl, quiet: true });
await api.ready();
const url = `http://127.0.0.1:${port}`;
const aliveAt = performance.now();
log('Waiting for the API to load the facts (warm-up at start)…');
for (;;) {
  const readiness = await (await fetch(`${url}/readyz`)).json();
  if (readiness.indicators === 'ok') break;
  if (performance.now() - aliveAt > 120_000) throw new Error('The API did not load the facts within 120 s');
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const warmUpMs = performance.now() - aliveAt;

async function graphql(body, key) {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return performance.now() - started;
}
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

const HEADLINE = {
  query:
    '{ project { name targets { employeesTrained companiesSupported } } indicators { participants { total { value } byGender { key value suppressed } byRegion { key value } } companies { total { value } byRegion { key value } } progress { employeesTrained { target achieved share expectedByNow } companiesSupported { target achieved share } } } }',
};
const shapes = [
  ['headline (anonymous)', HEADLINE, undefined],
  ['quarterly series (anonymous)', { query: '{ indicators { timeSeries { period participants { value } companies { value } } } }' }, undefined],
  [
    'region + all breakdowns',
    {
      query:
        '{ indicators(filter: { region: BLEKINGE }) { participants { total { value } byGender { value } byAgeBand { value } byEducation { value } } companies { bySizeClass { value } byIndustry { value } } } }',
    },
    partnerKey,
  ],
  [
    'municipality + size class',
    {
      query:
        '{ indicators(filter: { municipality: "1290", sizeClass: MEDIUM }) { participants { total { value suppressed } byAgeBand { value suppressed } } companies { total { value suppressed } } } }',
    },
    partnerKey,
  ],
  [
    'industry + theme + period',
    {
      query:
        '{ indicators(filter: { industry: "25", theme: ENERGY_EFFICIENCY, period: { from: "2025-01-01", to: "2025-12-31" } }) { participants { total { value suppressed } byGender { value suppressed } } trainingHours { value } completionRate { value } } }',
    },
    partnerKey,
  ],
  [
    'activity kind + monthly series',
    { query: '{ indicators(filter: { activityKind: COURSE }) { timeSeries(granularity: MONTH) { participants { value suppressed } } } }' },
    partnerKey,
  ],
  [
    'gap analyses',
    {
      query:
        '{ indicators(filter: { region: SKANE }) { gaps { analysesCompleted { value } topCompetenceAreas { area companies { value } averageShift { value } } } } }',
    },
    partnerKey,
  ],
];

log('First request after the warm-up…');
const firstLoadMs = await graphql(HEADLINE);
const rss = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(api.child.pid)], { encoding: 'utf8' }).trim()) * 1024;

log('Warm latency per query shape (1 cold + 300 warm requests each)…');
const latency = [];
for (const [name, body, key] of shapes) {
  const cold = await graphql(body, key);
  const samples = [];
  for (let i = 0; i < 300; i++) samples.push(await graphql(body, key));
  latency.push({ name, cold, p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) });
}

log('Questions not asked before: 10 warm-up and 60 measured variants per shape, each asked once…');
const rssOf = () => Number(execFileSync('ps', ['-o', 'rss=', '-p', String(api.child.pid)], { encoding: 'utf8' }).trim()) * 1024;
const uncached = [];
for (const shape of UNCACHED_SHAPES) {
  const variants = variantsOf(shape.name, 70);
  for (const variant of variants.slice(0, 10)) await graphql({ query: shape.graphql(variant) }, partnerKey);
  const samples = [];
  for (const variant of variants.slice(10)) samples.push(await graphql({ query: shape.graphql(variant) }, partnerKey));
  uncached.push({ name: shape.name, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) });
}
const rssAfterUncached = rssOf();

log('First reply after a write (3 writes)…');
const [company] = await query(databaseUrl, 'select org_number from company order by id limit 1');
const afterWrite = [];
for (let i = 0; i < 3; i++) {
  await graphql(
    {
      query: 'mutation($input: ParticipantInput!) { createParticipant(input: $input) { reference } }',
      variables: {
        input: {
          reference: `BENCH-W${i}`,
          companyOrgNumber: company.org_number,
          gender: 'WOMAN',
          birthYear: 1985,
          education: 'ISCED_3_4',
          enrolledOn: '2026-03-02',
        },
      },
    },
    staffKey,
  );
  afterWrite.push(await graphql(HEADLINE));
}

log(`Throughput: 50 connections for ${DURATION} s on the headline query…`);
const load = await autocannon({
  url: `${url}/graphql`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(HEADLINE),
  connections: 50,
  duration: DURATION,
});

log('Importing 100 000 participant rows over HTTP…');
const orgNumbers = (await query(databaseUrl, 'select org_number from company order by id limit 500')).map((row) => row.org_number);
const lines = ['referens;organisationsnummer;kön;födelseår;utbildningsnivå;inskrivningsdatum'];
for (let i = 0; i < 100_000; i++) {
  lines.push(
    `BENCH-P${String(i).padStart(6, '0')};${orgNumbers[i % orgNumbers.length]};${i % 4 === 0 ? 'WOMAN' : 'MAN'};${1965 + (i % 40)};ISCED_3_4;2026-0${1 + (i % 9)}-15`,
  );
}
const csv = `\ufeff${lines.join('\r\n')}\r\n`;
const importStarted = performance.now();
const imported = await fetch(`${url}/import/participants`, {
  method: 'POST',
  headers: { 'content-type': 'text/csv; charset=utf-8', authorization: `Bearer ${staffKey}` },
  body: csv,
});
const importMs = performance.now() - importStarted;
const importReport = await imported.json();
const reimportStarted = performance.now();
const reimported = await fetch(`${url}/import/participants`, {
  method: 'POST',
  headers: { 'content-type': 'text/csv; charset=utf-8', authorization: `Bearer ${staffKey}` },
  body: csv,
});
const reimportMs = performance.now() - reimportStarted;
await reimported.body?.cancel();

await api.stop();
await query(databaseUrl, "delete from participant where reference like 'BENCH-%'");

log('DuckDB: exporting the same data from PostgreSQL and asking the same variants…');
const duck = await startDuckDb(databaseUrl);
for (const row of uncached) {
  const variants = variantsOf(row.name, 70);
  const sql = duckDbShapes[row.name];
  if (!sql) continue;
  for (const variant of variants.slice(0, 10)) await duck.time(sql(variant));
  const samples = [];
  for (const variant of variants.slice(10)) samples.push(await duck.time(sql(variant)));
  row.duckdb = { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}
duck.close();
await query(databaseUrl, "update api_key set revoked_at = now() where name = 'bench' and revoked_at is null");

// ---- report -------------------------------------------------------------------------------------
const pgVersion = (await query(databaseUrl, 'show server_version'))[0].server_version;
const ms = (value) => `${value.toFixed(1)} ms`;
const verdict = (ok) => (ok ? 'met' : '**not met**');
const worstP95 = Math.max(...latency.map((row) => row.p95));
const worstUncached = Math.max(...uncached.map((row) => row.p95));
const factsLoadOk = warmUpMs <= 3000;
const rssOk = Math.max(rss, rssAfterUncached) <= 400 * 2 ** 20;
const worstAfterWrite = Math.max(...afterWrite);
const report = `# Indicators benchmark

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`node bench/indicators.mjs\`.

Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()};
Node ${process.version}; PostgreSQL ${pgVersion} on the same machine. The load generator runs on the same 2 cores as the API and the database.

Data: ${counts.participants.toLocaleString('en')} participants, ${counts.companies.toLocaleString('en')} companies, ${counts.enrolments.toLocaleString('en')} enrolments (deterministic demo data, seed "spik").

| Target | Measured | |
| --- | --- | --- |
| any \`indicators\` query, warm: p95 ≤ 20 ms | worst p95 over ${latency.length} query shapes: ${ms(worstP95)} | ${verdict(worstP95 <= 20)} |
| a question not asked before (every reply computed): p95 ≤ 25 ms on every shape | worst p95 over ${uncached.length} shapes, 60 new variants each: ${ms(worstUncached)} | ${verdict(worstUncached <= 25)} |
| loading the facts at start ≤ 3 s | ${ms(warmUpMs)} | ${verdict(factsLoadOk)} |
| API resident memory ≤ 400 MiB | ${(rss / 2 ** 20).toFixed(0)} MiB after the load, ${(rssAfterUncached / 2 ** 20).toFixed(0)} MiB after the new questions | ${verdict(rssOk)} |
| first reply after a write ≤ 2 s | worst of 3: ${ms(worstAfterWrite)} (${afterWrite.map(ms).join(', ')}) | ${verdict(worstAfterWrite <= 2000)} |
| 50 clients, headline indicators, ${DURATION} s: ≥ 2 000 req/s, no errors | ${Math.round(load.requests.average).toLocaleString('en')} req/s average, p99 ${load.latency.p99} ms, ${load.errors} errors, ${load.non2xx} non-2xx | ${verdict(load.requests.average >= 2000 && load.errors === 0 && load.non2xx === 0)} |
| importing 100 000 participant rows ≤ 30 s | ${(importMs / 1000).toFixed(1)} s (HTTP ${imported.status}, ${JSON.stringify(importReport.created ?? importReport.counts ?? '')}); re-import ${(reimportMs / 1000).toFixed(1)} s | ${verdict(importMs <= 30_000 && imported.status === 200)} |

Loading the facts into memory at start (from the API answering /healthz to /readyz reporting the indicators loaded): ${ms(warmUpMs)}; the first indicators request after that: ${ms(firstLoadMs)}; API resident memory afterwards: ${(rss / 2 ** 20).toFixed(0)} MiB.

## Questions not asked before, beside DuckDB

Each shape is asked in 60 variants nobody asked before (other filter values and periods; 10 more
first, to warm up), one request each, so every reply is computed: the API through GraphQL over
HTTP with the disclosure policy applied, DuckDB ${'`'}@duckdb/node-api${'`'} embedded in the bench
process with 2 threads on the same data exported from PostgreSQL (${ms(duck.exportMs)} export,
${ms(duck.loadMs)} load), asked the same breakdowns as raw SQL (bench/duckdb-side.mjs).

| Query shape | API p50 | API p95 | API max | DuckDB p50 | DuckDB p95 |
| --- | --- | --- | --- | --- | --- |
${uncached.map((row) => `| ${row.name} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.max)} | ${row.duckdb ? ms(row.duckdb.p50) : '–'} | ${row.duckdb ? ms(row.duckdb.p95) : '–'} |`).join('\n')}

## Latency per query shape (300 sequential warm requests each)

| Query | cold (first) | p50 | p95 | p99 |
| --- | --- | --- | --- | --- |
${latency.map((row) => `| ${row.name} | ${ms(row.cold)} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.p99)} |`).join('\n')}
`;
writeFileSync(path.join(root, 'bench/results/indicators.md'), report);
console.log(`\n${report}`);
