// The platform benchmark, one command (after `npm test` has built everything):
//   node bench/run.mjs            (add DATABASE_URL=postgres://… to include the 1 000 000-participant indicators,
//                                  and CMS_DATABASE_URL=postgres://… to run Strapi on PostgreSQL as in production)
// Starts its own Strapi, API and site with seeded content, then measures side by side, with autocannon
// on this machine, each figure over BENCH_RUNS runs (min / median / max):
//   1. a ten-item news list and the site's home-page query through the API (warm), against the same
//      news list from Strapi's REST API and against a trivial Node server returning the API's bytes;
//   2. site pages (start, article, course list) against a Node server returning the same HTML;
//   3. 200 concurrent clients for 60 s on the API and on the site;
//   4. with DATABASE_URL: bench/indicators.mjs (50 clients on the indicators at 1 000 000 participants).
// Writes bench/RESULTS.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
// The shared package's build, as the site uses it (bench/ is outside the workspace packages).
import { documentIdOf, HomePageDocument } from '../shared/dist/index.js';
import { root } from '../scripts/lib/stack.mjs';
import { startStack } from '../testing/services.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const log = (message) => console.log(`▸ ${message}`);

/** One autocannon run; the figures we report. */
async function measure({ url, method = 'GET', body, headers, connections, duration = SECONDS }) {
  const result = await autocannon({ url, method, body, headers, connections, duration });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

/** The same request RUNS times; min / median / max of each figure. */
async function repeated(label, options) {
  const runs = [];
  for (let run = 1; run <= RUNS; run++) {
    runs.push(await measure(options));
    log(`${label} run ${run}: ${Math.round(runs.at(-1).rps)} req/s, p99 ${runs.at(-1).p99} ms`);
  }
  const stat = (key) => {
    const values = runs.map((r) => r[key]).sort((a, b) => a - b);
    return { min: values[0], median: values[Math.floor(values.length / 2)], max: values.at(-1) };
  };
  return { label, rps: stat('rps'), p99: stat('p99'), errors: runs.reduce((sum, r) => sum + r.errors + r.non2xx, 0) };
}

/** A Node server that answers every request with these bytes: the ceiling for serving them. */
async function plainServer(bytes, contentType) {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': contentType, 'content-length': bytes.length });
    response.end(bytes);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

const fmt = (n) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));
const triple = ({ min, median, max }) => `${fmt(median)} (${fmt(min)}–${fmt(max)})`;
const ratio = (value) => (value >= 1 ? value.toFixed(1) : value.toPrecision(2));
const row = (r, base) => `| ${r.label} | ${triple(r.rps)} | ${triple(r.p99)} | ${r.errors} | ${base ? `${ratio(r.rps.median / base.rps.median)}×` : ''} |`;
const TABLE_HEAD = ['| What | Requests/s, median (min–max) | p99 ms, median (min–max) | Errors | Ratio |', '| --- | --- | --- | --- | --- |'];

const stack = await startStack();
const sections = [];
try {
  const newsQuery = JSON.stringify({ query: '{ news(first: 10) { edges { node { title slug lead publishedDate category } } } }' });
  const json = { 'content-type': 'application/json' };
  const apiNews = await fetch(`${stack.apiUrl}/graphql`, { method: 'POST', headers: json, body: newsQuery });
  const apiNewsBytes = Buffer.from(await apiNews.arrayBuffer());
  const today = new Date().toISOString().slice(0, 10);
  const homeBody = JSON.stringify({ documentId: documentIdOf(HomePageDocument), variables: { newsCount: 6, today } });
  const strapiNews = `${stack.cmsUrl}/api/news-items?pagination[pageSize]=10&sort=publishedDate:desc&fields[0]=title&fields[1]=slug&fields[2]=lead&fields[3]=publishedDate&fields[4]=category`;
  const strapiHeaders = { authorization: `Bearer ${stack.cmsEnv.CMS_API_TOKEN}` };
  if ((await fetch(strapiNews, { headers: strapiHeaders })).status !== 200) throw new Error('Strapi did not answer the news list');

  log('1. The API against Strapi and a plain Node server (20 connections)…');
  const plain = await plainServer(apiNewsBytes, 'application/json');
  const strapi = await repeated('Strapi REST: ten-item news list', { url: strapiNews, headers: strapiHeaders, connections: 20 });
  const api = await repeated('API: ten-item news list (warm)', {
    url: `${stack.apiUrl}/graphql`,
    method: 'POST',
    body: newsQuery,
    headers: json,
    connections: 20,
  });
  const home = await repeated("API: the site's home-page query (trusted document, warm)", {
    url: `${stack.apiUrl}/graphql`,
    method: 'POST',
    body: homeBody,
    headers: json,
    connections: 20,
  });
  const ceiling = await repeated('Plain Node server, same bytes as the API', { url: plain.url, connections: 20 });
  await plain.close();
  sections.push(
    [
      '## 1. The API against Strapi directly and against the ceiling',
      '',
      `Twenty connections, warm caches. Strapi runs on ${process.env.CMS_DATABASE_URL ? 'PostgreSQL, as in production' : 'SQLite (set CMS_DATABASE_URL for PostgreSQL, as in production)'}; the API on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}. Ratio is the median throughput over Strapi's. Goal: at least 20× Strapi, p99 under 20 ms.`,
      '',
      ...TABLE_HEAD,
      row(strapi, strapi),
      row(api, strapi),
      row(home, strapi),
      row(ceiling, strapi),
      '',
      `The API reaches ${((api.rps.median / ceiling.rps.median) * 100).toFixed(0)} % of the plain server's throughput for the same bytes.`,
    ].join('\n'),
  );

  log('2. Site pages against the same HTML from a plain Node server (20 connections)…');
  const pages = [
    ['Start', '/'],
    ['Article', '/nyheter/eu-miljoner-till-industrins-grona-omstallning'],
    ['Course list', '/kurser/'],
  ];
  const pageRows = [];
  for (const [name, pathname] of pages) {
    const response = await fetch(`${stack.siteUrl}${pathname}`, { headers: { 'accept-encoding': 'identity' } });
    const html = Buffer.from(await response.arrayBuffer());
    const staticServer = await plainServer(html, 'text/html; charset=utf-8');
    const site = await repeated(`Site: ${name}`, { url: `${stack.siteUrl}${pathname}`, connections: 20 });
    const file = await repeated(`Static file: ${name}`, { url: staticServer.url, connections: 20 });
    await staticServer.close();
    pageRows.push(row(site, file), row(file, file));
  }
  sections.push(
    [
      '## 2. Site pages against a static file of the same page',
      '',
      'Twenty connections; the site renders every page from the API on request. Ratio is over the static file.',
      '',
      ...TABLE_HEAD,
      ...pageRows,
    ].join('\n'),
  );

  log(`3. 200 concurrent clients for ${SOAK_SECONDS} s on the API and on the site…`);
  const soakApi = await measure({ url: `${stack.apiUrl}/graphql`, method: 'POST', body: homeBody, headers: json, connections: 200, duration: SOAK_SECONDS });
  const soakSite = await measure({ url: `${stack.siteUrl}/`, connections: 200, duration: SOAK_SECONDS });
  const soakRow = (label, r) => `| ${label} | ${r.total.toLocaleString('en-US')} | ${fmt(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors + r.non2xx} |`;
  sections.push(
    [
      `## 3. 200 concurrent clients for ${SOAK_SECONDS} s`,
      '',
      '| Target | Requests | Requests/s | p50 ms | p99 ms | Errors and non-2xx |',
      '| --- | --- | --- | --- | --- | --- |',
      soakRow('API: home-page query', soakApi),
      soakRow('Site: start page', soakSite),
    ].join('\n'),
  );
} finally {
  await stack.stop();
}

if (process.env.DATABASE_URL) {
  log('4. Indicators at 1 000 000 participants (bench/indicators.mjs)…');
  const run = spawnSync(process.execPath, [path.join(root, 'bench', 'indicators.mjs')], { stdio: 'inherit', env: process.env });
  if (run.status === 0) {
    const indicators = readFileSync(path.join(root, 'bench', 'results', 'indicators.md'), 'utf8');
    sections.push(
      `## 4. Indicators at 1 000 000 participants, 50 clients\n\nFrom bench/indicators.mjs in this run (full report: [results/indicators.md](results/indicators.md)):\n\n${indicators
        .split('\n')
        .filter((line) => line.startsWith('|'))
        .join('\n')}`,
    );
  } else sections.push('## 4. Indicators at 1 000 000 participants\n\nbench/indicators.mjs failed in this run; see its output.');
} else {
  sections.push('## 4. Indicators at 1 000 000 participants\n\nNot part of this run (set DATABASE_URL); see [results/indicators.md](results/indicators.md).');
}

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
writeFileSync(
  path.join(root, 'bench', 'RESULTS.md'),
  [
    '# Benchmark results',
    '',
    `One run of \`node bench/run.mjs\` on ${new Date().toISOString().slice(0, 10)}: commit \`${commit}\`, ${machine}. Load from autocannon on the same machine, so client and servers share the cores. Each figure in sections 1–2 is the median of ${RUNS} runs of ${SECONDS} s, with min–max.`,
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n'),
);
log('Wrote bench/RESULTS.md');
