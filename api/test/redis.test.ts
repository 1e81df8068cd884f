/**
 * Two API instances sharing Redis, as behind a load balancer: a purge through one reaches the
 * other, and a client's rate limit counts across both. Real Strapi, real Redis.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '../src/guard/rate-limit.js';
import type { Database } from '../src/db/orm.js';
import { type RunningApi, startTestApi, startTestCms } from './harness.js';
import { openTestDatabase } from './drivers.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECRET = 'shared-purge-secret';
// Each run has its own keys and channel, so runs on one Redis never meet.
const namespace = `spik-test-${randomUUID()}`;
let cms: Awaited<ReturnType<typeof startTestCms>>;
const redises: Redis[] = [];
const databases: Database[] = [];
let a: RunningApi;
let b: RunningApi;

async function instance(): Promise<RunningApi> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  redises.push(redis);
  const db = await openTestDatabase();
  databases.push(db);
  return startTestApi(db, cms, undefined, undefined, { redis, redisNamespace: namespace, webhookSecret: SECRET, contentFreshMs: 600_000 });
}

beforeAll(async () => {
  cms = await startTestCms();
  a = await instance();
  b = await instance();
});
afterAll(async () => {
  await a?.app.close();
  await b?.app.close();
  for (const db of databases) await db.close();
  for (const redis of redises) redis.disconnect();
  await cms?.stop();
});

const NEWS = '{ news(first: 3) { totalCount } }';

/**
 * Until `api` answers the news from its cache: on a busy machine its first CMS call can time out,
 * and the answer after that one calls the CMS again, which is not what these tests are about.
 */
async function warm(api: RunningApi) {
  await expect
    .poll(
      async () => {
        const before = api.strapi.calls;
        await api.graphql(NEWS);
        return api.strapi.calls - before;
      },
      { timeout: 20_000, interval: 200 },
    )
    .toBe(0);
}

describe('two API instances sharing Redis', () => {
  // First, while no request from this address has been counted yet.
  it('counts one client address against one limit across both instances', async () => {
    const { perSecond, burst } = RATE_LIMITS.ANONYMOUS;
    const allowed = perSecond + burst;
    const send = (api: RunningApi) =>
      fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(
        (r) => r.status,
      );
    const statuses = await Promise.all([...Array.from({ length: allowed / 2 + 5 }, () => send(a)), ...Array.from({ length: allowed / 2 + 5 }, () => send(b))]);
    expect(statuses.filter((status) => status === 200)).toHaveLength(allowed);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10);
  });

  it('drops purge messages that are malformed or not signed with the shared secret, and keeps running', async () => {
    await warm(b);
    const cached = b.strapi.calls;
    const publisher = redises[0]!;
    const channel = `${namespace}:content-purge`;
    const body = JSON.stringify({ origin: 'attacker', tags: ['news-item'], at: Date.now() });
    const forged = [
      'garbage{',
      'null',
      JSON.stringify({ origin: 'attacker', tags: ['news-item'] }),
      JSON.stringify({ body, signature: createHmac('sha256', 'not-the-secret').update(body).digest('hex') }),
      JSON.stringify({ body, signature: 'ab' }),
      JSON.stringify({ body: '{"origin":1}', signature: createHmac('sha256', SECRET).update('{"origin":1}').digest('hex') }),
    ];
    for (const message of forged) expect(await publisher.publish(channel, message)).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await b.graphql(NEWS);
    expect(b.strapi.calls).toBe(cached);
    expect((await fetch(`${b.url}/healthz`)).status).toBe(200);
  });

  it('purges the content cache of both when the webhook reaches one', async () => {
    await warm(b);
    const cached = b.strapi.calls;
    await b.graphql(NEWS);
    expect(b.strapi.calls).toBe(cached);

    const response = await fetch(`${a.url}/webhooks/cms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-spik-webhook-secret': SECRET },
      body: JSON.stringify({ event: 'entry.publish', model: 'news-item' }),
    });
    expect(response.status).toBe(200);
    await expect
      .poll(
        async () => {
          await b.graphql(NEWS);
          return b.strapi.calls;
        },
        { timeout: 3000, interval: 100 },
      )
      .toBeGreaterThan(cached);
  });
});
