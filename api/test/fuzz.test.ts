/**
 * Bad input tried against the running API over HTTP: malformed and adversarial GraphQL documents and
 * variables (deep nesting, masses of aliases, wrong types, enormous strings, unicode edge cases,
 * injection strings in every filter). Never a 5xx, a stack trace, SQL, an internal address, or a hang.
 * And the GraphQL over HTTP specification's audits (graphql-http's serverAudits).
 */
import fc from 'fast-check';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/orm.js';
import { generateDemoData } from '../src/project-data/demo-data.js';
import { createTestKeys, type RunningApi, startTestApi } from './harness.js';
import { openTestDatabase } from './drivers.js';

let db: Database;
let api: RunningApi;
let partnerKey: string;

beforeAll(async () => {
  db = await openTestDatabase();
  // The CMS address answers nothing, so content fields fail fast; the fuzz is about the API itself.
  api = await startTestApi(db, undefined, undefined, undefined, { rateLimitExempt: ['127.0.0.1', '::1', '::ffff:127.0.0.1'] });
  await generateDemoData(db.em.fork(), { companies: 30, participants: 300, until: '2026-11-26', seed: 'fuzz' });
  partnerKey = (await createTestKeys(db)).partner;
});
afterAll(async () => {
  await api?.app.close();
  await db?.close();
});

/** What must never be in a reply: traces, SQL, file paths, the CMS's address. */
const LEAKS = [/\bat .+\.(?:js|ts|mjs):\d+/, /node_modules/, /\/work\//, /\bselect .+ from\b/i, /\binsert into\b/i, /127\.0\.0\.1:9\b/, /ECONNREFUSED/];

async function send(body: string, key?: string): Promise<{ status: number; text: string; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key && { authorization: `Bearer ${key}` }) },
    body,
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, text: await response.text(), ms: Date.now() - started };
}

function expectSafe(reply: { status: number; text: string; ms: number }, what: string) {
  expect(reply.status, `${what} → ${reply.text.slice(0, 300)}`).toBeLessThan(500);
  for (const leak of LEAKS) expect(reply.text, what).not.toMatch(leak);
  expect(reply.ms, what).toBeLessThan(12_000);
}

const injections = fc.constantFrom(
  "'; drop table participant; --",
  "' OR '1'='1",
  '{"$ne": null}',
  '$where',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '\u0000',
  '%00%27',
  '${process.env}',
  '\uD800',
  '🧑‍🏭'.repeat(50),
  'a'.repeat(70_000),
);
const edgyString = fc.oneof(
  injections,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ maxLength: 20_000 }),
);

/** Filters of every query that takes text, each fed the same adversarial value. */
const FILTER_QUERIES = [
  'query ($v: String) { news(first: 3, filter: { tag: $v }) { totalCount } }',
  'query ($v: String) { news(first: 3, filter: { organisationId: $v }) { totalCount } }',
  'query ($v: String) { courses(first: 3, filter: { search: $v }) { totalCount } }',
  'query ($v: String!) { course(slug: $v) { title } }',
  'query ($v: String!) { newsItem(slug: $v) { title } }',
  'query ($v: String) { contacts(first: 3, organisationId: $v) { totalCount } }',
  'query ($v: String) { indicators(filter: { municipality: $v }) { participants { total { value suppressed } } } }',
  'query ($v: String) { indicators(filter: { industry: $v }) { companies { total { value } } } }',
];

describe('fuzzing the running API', () => {
  it('survives adversarial strings in every filter, with and without a partner key', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILTER_QUERIES), edgyString, fc.boolean(), async (query, value, keyed) => {
        expectSafe(
          await send(JSON.stringify({ query, variables: { v: value } }), keyed ? partnerKey : undefined),
          `${query} with ${JSON.stringify(value).slice(0, 60)}`,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('survives variables of the wrong type, shape and size', async () => {
    const query =
      'query ($first: Int!, $filter: CourseFilter, $period: PeriodInput) { courses(first: $first, filter: $filter) { totalCount } indicators(filter: { period: $period }) { dataIsDemo } }';
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 4 }), fc.anything({ maxDepth: 4 }), fc.anything({ maxDepth: 3 }), async (first, filter, period) => {
        expectSafe(await send(JSON.stringify({ query, variables: { first, filter, period } }), partnerKey), `first=${JSON.stringify(first)?.slice(0, 40)}`);
      }),
      { numRuns: 150 },
    );
  });

  it('survives deep nesting, masses of aliases and fields, and random document text', async () => {
    const nested = fc
      .integer({ min: 1, max: 400 })
      .map((depth) => `{ news(first: 1) { edges { node { ${'related { '.repeat(depth)}title${' }'.repeat(depth)} } } } }`);
    const aliases = fc.integer({ min: 1, max: 3000 }).map((count) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: project { name }`).join(' ')} }`);
    const garbage = fc.oneof(
      fc.string({ maxLength: 3000 }),
      fc.string({ unit: 'binary', maxLength: 3000 }),
      fc.constantFrom(
        '{',
        '}',
        '{ __schema { types { fields { type { ofType { ofType { name } } } } } } }',
        'query { ...A } fragment A on Query { ...A }',
        'subscription { x }',
        'mutation { deleteCompany(orgNumber: "1") { id } }',
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(nested, aliases, garbage), async (query) => {
        expectSafe(await send(JSON.stringify({ query })), query.slice(0, 80));
      }),
      { numRuns: 120 },
    );
  });

  it('survives bodies that are not GraphQL requests at all', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 2000 }),
          fc.json({ maxDepth: 5 }),
          fc.constantFrom('[]', 'null', '[1,2,3]', '{"query": 1}', '{"query": null, "documentId": 7}', '{"documentId": "sha256:zz"}'),
        ),
        async (body) => {
          expectSafe(await send(body), body.slice(0, 80));
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('GraphQL over HTTP', () => {
  it("passes every MUST audit of graphql-http's serverAudits", async () => {
    const results = await Promise.all(
      serverAudits({ url: `${api.url}/graphql`, fetchFn: fetch }).map(async (audit) => ({ name: audit.name, result: await audit.fn() })),
    );
    const failures = results
      .filter(({ name, result }) => name.startsWith('MUST') && result.status !== 'ok')
      .map(({ name, result }) => `${name}: ${'reason' in result ? result.reason : ''}`);
    expect(results.length).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  });
});
