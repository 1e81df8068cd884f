/**
 * One error shape for every door of the API (issue 13): GraphQL's `{ errors: [{ message,
 * extensions: { code } }] }`, with the message in Swedish and English, whether the caller used
 * /graphql, the CSV export, the media proxy, the webhook, the import or the metrics. Asked over
 * HTTP against the running server, as a partner's client would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/orm.js';
import { createTestKeys, type RunningApi, startTestApi } from './harness.js';
import { openTestDatabase } from './drivers.js';

let db: Database;
let api: RunningApi;
let keys: { partner: string; staff: string };

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestApi(db, undefined, undefined, undefined, { webhookSecret: 'a-secret', trustProxy: ['127.0.0.1'] });
  keys = await createTestKeys(db);
});
afterAll(async () => {
  await api?.app.close();
  await db?.close();
});

type ErrorBody = { errors: { message: string; extensions: { code: string } }[] };

const SWEDISH = /[åäö]|\b(är|och|kräver|finns|inte|ogiltig|okänd|fel)\b/i;
const ENGLISH = /\b(is|the|not|requires|Unknown|Wrong|No such|need)\b/;

describe('every error reply', () => {
  const cases: [string, () => Promise<Response>, number, string][] = [
    ['the CSV export without a key', () => fetch(`${api.url}/export/indicators.csv`), 401, 'UNAUTHENTICATED'],
    [
      'the CSV export with a bad region',
      () => fetch(`${api.url}/export/indicators.csv?region=NORRLAND`, { headers: { authorization: `Bearer ${keys.partner}` } }),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'the CSV export with an unknown parameter',
      () => fetch(`${api.url}/export/indicators.csv?kommun=1280`, { headers: { authorization: `Bearer ${keys.partner}` } }),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'the CSV export with a day-sized period',
      () => fetch(`${api.url}/export/indicators.csv?from=2025-05-19`, { headers: { authorization: `Bearer ${keys.partner}` } }),
      400,
      'BAD_USER_INPUT',
    ],
    ['the media proxy for a name it refuses', () => fetch(`${api.url}/media/..%2Fsecret`), 404, 'NOT_FOUND'],
    [
      'the webhook with a wrong secret',
      () => fetch(`${api.url}/webhooks/cms`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-spik-webhook-secret': 'wrong' }, body: '{}' }),
      401,
      'UNAUTHENTICATED',
    ],
    ['the metrics for a remote caller', () => fetch(`${api.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } }), 403, 'FORBIDDEN'],
    [
      'an import without a key',
      () => fetch(`${api.url}/import/companies`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'x' }),
      401,
      'UNAUTHENTICATED',
    ],
    [
      'GraphQL with a key that does not exist',
      () =>
        fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer spik_nope' },
          body: '{"query":"{ project { name } }"}',
        }),
      401,
      'UNAUTHENTICATED',
    ],
  ];

  it.each(cases)('has the GraphQL shape with a code and both languages: %s', async (_name, call, status, code) => {
    const response = await call();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as ErrorBody;
    expect(Object.keys(body)).toEqual(['errors']);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions.code).toBe(code);
    expect(body.errors[0]!.message).toMatch(SWEDISH);
    expect(body.errors[0]!.message).toMatch(ENGLISH);
  });

  it('names the argument that was wrong, in the CSV export as in GraphQL', async () => {
    const csv = (await (
      await fetch(`${api.url}/export/indicators.csv?from=2025-05-19`, { headers: { authorization: `Bearer ${keys.partner}` } })
    ).json()) as ErrorBody;
    const graphql = await api.graphql(
      '{ indicators(filter: { period: { from: "2025-05-19" } }) { participants { total { value } } } }',
      undefined,
      keys.partner,
    );
    expect(csv.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.from' });
    expect(graphql.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.from' });
    expect(csv.errors[0]!.message).toBe(graphql.errors?.[0]?.message);
    expect(csv.errors[0]!.message).toContain('Perioder är hela månader: ”from” ska vara månadens första dag, till exempel ”2025-05-01”');
  });
});
