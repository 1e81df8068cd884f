/**
 * A CMS that answers slowly: a delay injected in front of a real Strapi (the one fault Strapi cannot
 * be made to show by itself). Requests give up at the configured limit and answer from the last good
 * copy, marked stale, instead of piling up; when the CMS is quick again the API recovers by itself.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/orm.js';
import { type RunningApi, startTestApi, startTestCms } from './harness.js';
import { openTestDatabase } from './drivers.js';

const CMS_TIMEOUT_MS = 400;
const FRESH_MS = 300;
let cms: Awaited<ReturnType<typeof startTestCms>>;
let db: Database;
let api: RunningApi;
let proxy: Server;
let delayMs = 0;

beforeAll(async () => {
  cms = await startTestCms();
  const target = new URL(cms.url);
  // Forwards every request to Strapi after `delayMs`.
  proxy = createServer((request, response) => {
    setTimeout(() => {
      const upstream = new URL(request.url ?? '/', target);
      fetch(upstream, { headers: { authorization: request.headers.authorization ?? '' } })
        .then(async (answer) => {
          response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
          response.end(Buffer.from(await answer.arrayBuffer()));
        })
        .catch(() => response.destroy());
    }, delayMs);
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => proxy.once('listening', resolve));
  db = await openTestDatabase();
  api = await startTestApi(db, { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, token: cms.token }, undefined, undefined, {
    cmsTimeoutMs: CMS_TIMEOUT_MS,
    contentFreshMs: FRESH_MS,
    rateLimitExempt: ['127.0.0.1', '::1', '::ffff:127.0.0.1'],
  });
});
afterAll(async () => {
  await api?.app.close();
  await db?.close();
  proxy?.closeAllConnections();
  proxy?.close();
  await cms?.stop();
});

const NEWS = '{ news(first: 5) { totalCount edges { node { title } } } }';

describe('a slow CMS', () => {
  it('times out at the limit and answers from the last good copy, 30 requests at once, then recovers', async () => {
    const fresh = await api.graphql<{ news: { totalCount: number } }>(NEWS);
    expect(fresh.errors).toBeUndefined();
    expect(fresh.extensions?.warnings).toBeUndefined();

    delayMs = 3000;
    await new Promise((resolve) => setTimeout(resolve, FRESH_MS + 50));
    const started = Date.now();
    const replies = await Promise.all(Array.from({ length: 30 }, () => api.graphql<{ news: { totalCount: number } }>(NEWS)));
    const took = Date.now() - started;
    for (const reply of replies) {
      expect(reply.data?.news.totalCount).toBe(fresh.data!.news.totalCount);
      expect(reply.extensions?.warnings?.[0]?.code).toBe('CONTENT_STALE');
    }
    // One CMS call for all 30 (they share it), abandoned at the limit: nothing piles up.
    expect(took).toBeLessThan(CMS_TIMEOUT_MS + 1000);

    delayMs = 0;
    await expect.poll(async () => (await api.graphql(NEWS)).extensions?.warnings, { timeout: 5000, interval: 200 }).toBeUndefined();
  });
});

describe('graceful shutdown', () => {
  it('finishes a request in flight before the API closes', async () => {
    delayMs = 300;
    await new Promise((resolve) => setTimeout(resolve, FRESH_MS + 50));
    const inFlight = fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ courses(first: 2) { totalCount } }' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = api.app.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { courses: { totalCount: number } } }).data.courses.totalCount).toBeGreaterThan(0);
    await closing;
    await expect(fetch(`${api.url}/healthz`)).rejects.toThrow();
  });
});
