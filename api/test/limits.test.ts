/**
 * The abuse limits of the GraphQL API (OWASP GraphQL Cheat Sheet): each refusal carries a stable
 * code and the limit, nothing runs that exceeds one, and the site's trusted documents are accepted
 * by id.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { documentIdOf, ResultsPageDocument } from '@spik/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../src/guard/query-limits.js';
import { RATE_LIMITS } from '../src/guard/rate-limit.js';
import type { Database } from '../src/db/orm.js';
import { createTestKeys, type RunningApi, startTestApi } from './harness.js';
import { openTestDatabase } from './drivers.js';

let db: Database;
let api: RunningApi;

beforeAll(async () => {
  db = await openTestDatabase();
  // Loopback is exempt from the rate limit here (as the site's server is in production), so these
  // tests measure the query limits alone; the rate limit has its own API below.
  api = await startTestApi(db, undefined, undefined, undefined, { rateLimitExempt: ['127.0.0.1', '::1', '::ffff:127.0.0.1'] });
});
afterAll(async () => {
  await api?.app.close();
  await db?.close();
});

async function post(body: unknown, url = api.url, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | unknown[],
  };
}
const firstError = (json: unknown) => (json as { errors?: { message: string; extensions?: Record<string, unknown> }[] }).errors?.[0];

describe('query limits', () => {
  it('refuses a query nested deeper than the limit, naming limit and depth', async () => {
    const nested = (levels: number): string => (levels === 0 ? 'title' : `related { ${nested(levels - 1)} }`);
    const { json } = await post({ query: `{ news(first: 1) { edges { node { ${nested(QUERY_LIMITS.maxDepth)} } } } }` });
    const error = firstError(json)!;
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: QUERY_LIMITS.maxDepth, found: QUERY_LIMITS.maxDepth + 4 });
    expect(error.message).toContain(`limit ${QUERY_LIMITS.maxDepth}`);
  });

  it('refuses too many aliases, and too many root fields', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: __typename`).join(' ');
    expect(firstError((await post({ query: `{ ${aliases} }` })).json)!.extensions).toMatchObject({
      code: 'TOO_MANY_ALIASES',
      limit: QUERY_LIMITS.maxAliases,
      found: QUERY_LIMITS.maxAliases + 1,
    });
    const roots = Array.from({ length: QUERY_LIMITS.maxRootFields + 1 }, (_, i) => `p${i}: project { name }`).join(' ');
    const { json } = await post({ query: `{ ${roots} }` });
    expect((json as unknown as { errors: { extensions: { code: string } }[] }).errors.map((e) => e.extensions.code)).toContain('TOO_MANY_ROOT_FIELDS');
  });

  it('prices list fields by their `first` argument, taken from the variables', async () => {
    const query = 'query ($n: Int!) { news(first: $n) { edges { node { related { related { title } } } } } }';
    const costly = await post({ query, variables: { n: 100 } });
    expect(costly.status).toBe(400);
    expect(firstError(costly.json)!.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: QUERY_LIMITS.maxCost });
    expect(firstError(costly.json)!.extensions!.found as number).toBeGreaterThan(QUERY_LIMITS.maxCost);
    const cheap = await post({ query, variables: { n: 2 } });
    expect(firstError(cheap.json)?.extensions?.code).not.toBe('QUERY_TOO_COSTLY');
  });

  it('stops parsing a document with too many tokens, and refuses over-long query text before parsing', async () => {
    const tokens = await post({ query: `{ ${'a '.repeat(QUERY_LIMITS.maxTokens)} }` });
    expect(firstError(tokens.json)!.extensions).toMatchObject({ code: 'TOO_MANY_TOKENS', limit: QUERY_LIMITS.maxTokens });
    const long = await post({ query: `# ${'x'.repeat(QUERY_LIMITS.maxQueryLength)}\n{ __typename }` });
    expect(long.status).toBe(413);
    expect(firstError(long.json)!.extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', limit: QUERY_LIMITS.maxQueryLength });
  });

  it('answers small batches and refuses larger ones', async () => {
    const small = await post([{ query: '{ __typename }' }, { query: '{ project { shortName } }' }]);
    expect(small.status).toBe(200);
    expect(small.json).toEqual([{ data: { __typename: 'Query' } }, { data: { project: { shortName: 'SPIK' } } }]);
    const large = await post(Array.from({ length: QUERY_LIMITS.maxBatch + 1 }, () => ({ query: '{ __typename }' })));
    expect(large.status).toBe(400);
    expect(firstError(large.json)!.extensions).toMatchObject({ code: 'BATCH_TOO_LARGE', limit: QUERY_LIMITS.maxBatch, found: QUERY_LIMITS.maxBatch + 1 });
  });
});

describe('trusted documents', () => {
  it('runs a site operation named by its id alone, in both id formats, and refuses an unknown id', async () => {
    const id = documentIdOf(ResultsPageDocument);
    const byId = await post({ documentId: id, variables: {} });
    expect(byId.status).toBe(200);
    expect((byId.json as { data: { project: { shortName: string } } }).data.project.shortName).toBe('SPIK');
    const apollo = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: id.slice('sha256:'.length) } } });
    expect((apollo.json as { data: { project: { shortName: string } } }).data.project.shortName).toBe('SPIK');
    const unknown = await post({ documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(firstError(unknown.json)!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('execution timeout', () => {
  let hanging: Server;
  let slowApi: RunningApi;
  let slowDb: Database;
  beforeAll(async () => {
    // A CMS that accepts connections and never answers: the one fault we cannot cause in Strapi.
    hanging = createHttpServer(() => undefined).listen(0, '127.0.0.1');
    await new Promise((resolve) => hanging.once('listening', resolve));
    slowDb = await openTestDatabase();
    slowApi = await startTestApi(slowDb, { url: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`, token: 'x' }, undefined, undefined, {
      executionTimeoutMs: 400,
    });
  });
  afterAll(async () => {
    await slowApi?.app.close();
    await slowDb?.close();
    hanging?.closeAllConnections();
    hanging?.close();
  });

  it('answers EXECUTION_TIMEOUT at the limit instead of waiting for a dependency that hangs', async () => {
    const started = Date.now();
    const { status, json } = await post({ query: '{ news(first: 1) { totalCount } }' }, slowApi.url);
    const took = Date.now() - started;
    expect(status).toBe(503);
    expect(firstError(json)!.extensions).toMatchObject({ code: 'EXECUTION_TIMEOUT', limit: 400 });
    expect(took).toBeGreaterThanOrEqual(400);
    expect(took).toBeLessThan(3000);
  });
});

describe('rate limits', () => {
  let limitedApi: RunningApi;
  let limitedDb: Database;
  let partnerKey: string;
  beforeAll(async () => {
    limitedDb = await openTestDatabase();
    limitedApi = await startTestApi(limitedDb);
    partnerKey = (await createTestKeys(limitedDb)).partner;
  });
  afterAll(async () => {
    await limitedApi?.app.close();
    await limitedDb?.close();
  });

  it('answers an anonymous client over its burst with 429 and Retry-After, and keeps a keyed partner in its own bucket', async () => {
    const { perSecond, burst } = RATE_LIMITS.ANONYMOUS;
    const results = await Promise.all(Array.from({ length: perSecond + burst + 10 }, () => post({ query: '{ __typename }' }, limitedApi.url)));
    const refused = results.filter((result) => result.status === 429);
    expect(results.filter((result) => result.status === 200).length).toBe(perSecond + burst);
    expect(refused.length).toBe(10);
    expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(firstError(refused[0]!.json)!.extensions).toMatchObject({ code: 'RATE_LIMITED', limitPerSecond: perSecond, burst });
    const partner = await post({ query: '{ __typename }' }, limitedApi.url, { authorization: `Bearer ${partnerKey}` });
    expect(partner.status).toBe(200);
  });
});
