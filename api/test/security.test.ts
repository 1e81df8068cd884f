/**
 * The API's guards, attacked as an outsider would over HTTP against the real server: other
 * spellings of a path, a forged X-Forwarded-For, streams of made-up keys, a revoked key, formulas
 * in exported text, and script uploaded as an image. This test's client stands in for the load
 * balancer (TRUST_PROXY=127.0.0.1), so each test can be a client of its own by the address it forwards.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_FAILURES_PER_MINUTE } from '../src/auth/http-auth.js';
import { trustedProxies } from '../src/config.js';
import type { Database } from '../src/db/orm.js';
import { QUERY_LIMITS } from '../src/guard/query-limits.js';
import { RATE_LIMITS } from '../src/guard/rate-limit.js';
import { createTestKeys, type RunningApi, startTestApi } from './harness.js';
import { openTestDatabase } from './drivers.js';
import { luhnCheckDigit } from '../src/project-data/org-number.js';

const withCheckDigit = (nineDigits: string) => `${nineDigits}${luhnCheckDigit(nineDigits)}`;

let db: Database;
let api: RunningApi;
let keys: { partner: string; staff: string };
let fakeCms: Server;

// A stand-in for Strapi's /uploads: the only way to have an SVG there once Strapi refuses them.
const UPLOADS: Record<string, { type: string; body: string }> = {
  'evil.svg': { type: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>' },
  'page.html': { type: 'text/html', body: '<script>alert(1)</script>' },
  'photo.png': { type: 'image/png', body: 'png bytes' },
};

beforeAll(async () => {
  fakeCms = createHttpServer((request, response) => {
    const file = UPLOADS[(request.url ?? '').replace('/uploads/', '')];
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => fakeCms.listen(0, '127.0.0.1', resolve));
  db = await openTestDatabase();
  api = await startTestApi(db, { url: `http://127.0.0.1:${(fakeCms.address() as AddressInfo).port}`, token: '' }, undefined, undefined, {
    trustProxy: ['127.0.0.1'],
  });
  keys = await createTestKeys(db);
});
afterAll(async () => {
  await api?.app.close();
  await db?.close();
  fakeCms?.close();
});

let clients = 0;
/** A client address of the test's own (TEST-NET-2), as the proxy would forward it. */
const newClient = () => `198.51.100.${++clients}`;

function send(
  path: string,
  {
    client = newClient(),
    body,
    headers = {},
    method = body === undefined ? 'GET' : 'POST',
  }: { client?: string; body?: unknown; headers?: Record<string, string>; method?: string } = {},
) {
  return fetch(`${api.url}${path}`, {
    method,
    headers: { 'x-forwarded-for': client, ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const GRAPHQL_SPELLINGS = ['/graphql', '/%67raphql', '/%67%72%61%70%68%71%6c', '/graphql?via=query'];

describe('guards on every spelling of a path', () => {
  it.each(GRAPHQL_SPELLINGS)('caps the batch and the document size at %s', async (path) => {
    const batch = await send(path, { body: Array.from({ length: 50 }, () => ({ query: '{ __typename }' })) });
    expect(batch.status).toBe(400);
    expect(await batch.json()).toMatchObject({ errors: [{ extensions: { code: 'BATCH_TOO_LARGE', limit: QUERY_LIMITS.maxBatch, found: 50 } }] });

    const long = await send(path, { body: { query: `{ __typename ${' '.repeat(40_000)}}` } });
    expect(long.status).toBe(413);
    expect(await long.json()).toMatchObject({ errors: [{ extensions: { code: 'QUERY_TOO_LARGE' } }] });
  });

  it.each(['/%67raphql', '/%65xport/indicators.csv'])('rate-limits %s like its plain spelling', async (path) => {
    const { perSecond, burst } = RATE_LIMITS.ANONYMOUS;
    const client = newClient();
    const requests = Array.from({ length: perSecond + burst + 5 }, () =>
      path.includes('xport') ? send(path, { client }) : send(path, { client, body: { query: '{ __typename }' } }),
    );
    const statuses = await Promise.all(requests.map(async (request) => (await request).status));
    expect(statuses.filter((status) => status === 429)).toHaveLength(5);
  });
});

describe('a trusted proxy, by its address', () => {
  it('reads the client from the address the proxy saw, not from what the client wrote', async () => {
    // The client wrote "127.0.0.1"; the proxy appended the address it saw.
    const forged = await send('/metrics', { client: '127.0.0.1, 203.0.113.50' });
    expect(forged.status).toBe(403);
    // Without a proxy's word, the loopback caller (this machine) may read the metrics.
    expect((await fetch(`${api.url}/metrics`)).status).toBe(200);
  });

  it('gives no fresh rate-limit bucket for a new left-most address', async () => {
    const { perSecond, burst } = RATE_LIMITS.ANONYMOUS;
    const statuses = await Promise.all(
      Array.from(
        { length: perSecond + burst + 5 },
        async (_, i) => (await send('/graphql', { client: `10.9.${i >> 8}.${i & 255}, 203.0.113.51`, body: { query: '{ __typename }' } })).status,
      ),
    );
    expect(statuses.filter((status) => status === 429)).toHaveLength(5);
  });

  it('refuses TRUST_PROXY=on and hop counts, which let the client choose, and takes addresses', () => {
    expect(() => trustedProxies('on')).toThrow(/TRUST_PROXY=on would let a client choose its own address/);
    expect(() => trustedProxies('1')).toThrow(/List the addresses or ranges/);
    expect(trustedProxies('loopback')).toEqual(['loopback']);
    expect(trustedProxies('10.0.0.0/8, 192.0.2.10')).toEqual(['10.0.0.0/8', '192.0.2.10']);
    expect(() => trustedProxies('10.0.0.0/40')).toThrow(/"10.0.0.0\/40" is neither/);
    expect(trustedProxies(undefined)).toBe(false);
  });
});

describe('request ids', () => {
  it('keeps a safe x-request-id for the logs and the answer, and replaces one that could forge a log line', async () => {
    const idOf = async (id: string) => (await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': id } })).headers.get('x-request-id');
    expect(await idOf('proxy-7f3a.1')).toBe('proxy-7f3a.1');
    for (const unsafe of ['forged {"level":50,"msg":"login"}', 'x'.repeat(65), '-leading-dash']) expect(await idOf(unsafe)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('API keys', () => {
  const partnerQuery = { query: '{ indicators(filter: { region: SKANE }) { participants { byAgeBand { key value } } } }' };
  const fakeKey = (i: number) => `spik_${i.toString(16).padStart(16, '0')}_${'A'.repeat(43)}`;

  it('tells a stream of made-up keys to wait, before looking any of them up', async () => {
    const client = newClient();
    for (let i = 0; i < KEY_FAILURES_PER_MINUTE; i++) {
      const response = await send('/graphql', { client, body: partnerQuery, headers: { authorization: `Bearer ${fakeKey(i)}` } });
      expect(response.status).toBe(401);
    }
    const refused = await send('/graphql', { client, body: partnerQuery, headers: { authorization: `Bearer ${fakeKey(99)}` } });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    // Another client's real key is not held up.
    const real = await send('/graphql', { body: partnerQuery, headers: { authorization: `Bearer ${keys.partner}` } });
    expect(real.status).toBe(200);
  });

  it('answers an unknown secret for a real id exactly as for an unknown id', async () => {
    const realId = keys.partner.split('_')[1]!;
    const wrongSecret = await send('/graphql', { body: partnerQuery, headers: { authorization: `Bearer spik_${realId}_${'B'.repeat(43)}` } });
    const unknownId = await send('/graphql', { body: partnerQuery, headers: { authorization: `Bearer ${fakeKey(7)}` } });
    expect(wrongSecret.status).toBe(401);
    expect(unknownId.status).toBe(401);
    expect(await wrongSecret.json()).toEqual(await unknownId.json());
  });

  it('stops a key revoked elsewhere (another instance, the CLI) within a second', async () => {
    const { key } = await (
      await import('../src/auth/api-keys.js')
    ).createApiKey(db.em, 'Soon revoked', (await import('../src/auth/api-key.entity.js')).Role.PARTNER);
    const client = newClient();
    const status = async () => (await send('/graphql', { client, body: partnerQuery, headers: { authorization: `Bearer ${key}` } })).status;
    expect(await status()).toBe(200);
    // Straight into the database, as another process would: this instance is not told.
    await db.em.getConnection().execute(`update api_key set revoked_at = now() where id = '${key.split('_')[1]}'`);
    await expect.poll(status, { timeout: 1500, interval: 100 }).toBe(401);
  });
});

describe('the CSV export', () => {
  it('writes text that a spreadsheet would run as a formula as plain text', async () => {
    const staff = (query: string, variables: Record<string, unknown>) => api.graphql(query, variables, keys.staff);
    // Mind The Gap lists an area only when enough companies name it (decision 0023): seven do.
    const formulas = ['=HYPERLINK("https://evil.example","Klicka")', '+1+1', '-2+3', '@SUM(A1:A9)'];
    for (let i = 0; i < 7; i++) {
      const orgNumber = withCheckDigit(`55690${String(i).padStart(4, '0')}`);
      const company = await staff('mutation($input: CompanyInput!) { createCompany(input: $input) { id } }', {
        input: {
          orgNumber,
          name: `Verkstad ${i} i Malmö AB`,
          region: 'SKANE',
          municipalityCode: '1280',
          sniCode: '25.620',
          sizeClass: 'SMALL',
          joinedOn: '2024-03-01',
          responsiblePartner: 'IUC Syd',
        },
      });
      expect(company.errors).toBeUndefined();
      const gap = await staff('mutation($input: GapAnalysisInput!) { createGapAnalysis(input: $input) { id } }', {
        input: {
          companyOrgNumber: orgNumber,
          analysedOn: '2024-04-10',
          businessGoals: 'Halvera energianvändningen.',
          shifts: formulas.map((area) => ({ area, currentLevel: 1, targetLevel: 3, employeesConcerned: 2, priority: 'HIGH' })),
        },
      });
      expect(gap.errors).toBeUndefined();
    }

    const csv = await (await send('/export/indicators.csv', { headers: { authorization: `Bearer ${keys.partner}` } })).text();
    const rows = parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true }) as string[][];
    const cells = rows.flat();
    for (const formula of formulas) expect(cells).toContain(`'${formula}`);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});

describe('media from the CMS', () => {
  it.each(['evil.svg', 'page.html'])('sends %s as a sandboxed download, never inline', async (file) => {
    const response = await send(`/media/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
    expect(response.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('shows an image inline, sandboxed all the same', async () => {
    const response = await send('/media/photo.png');
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toBe('inline');
    expect(response.headers.get('content-security-policy')).toMatch(/^sandbox/);
  });
});
