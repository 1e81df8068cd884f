/**
 * Faults survived, against the real stack. Strapi killed in the middle of a load run on the site:
 * visitors see no failed page load, the API serves its cached content marked stale, and it recovers
 * by itself when Strapi is back. PostgreSQL stopped: content pages still work, the figures say they
 * are unavailable, nothing crashes, and it recovers by itself.
 */
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrivatePostgres } from '../scripts/lib/postgres-server.mjs';
import { freePort } from '../scripts/lib/processes.mjs';
import { startStack } from '../testing/services.mjs';

let stack: Awaited<ReturnType<typeof startStack>>;

beforeAll(async () => {
  // Answers are fresh for one second, so the API keeps asking Strapi during the run.
  stack = await startStack({ apiEnv: { CONTENT_FRESH_MS: '1000', CMS_TIMEOUT_MS: '1000' } });
});
afterAll(async () => {
  await stack?.stop();
});

async function contentWarnings(): Promise<string[]> {
  const response = await fetch(`${stack.apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ news(first: 3) { totalCount } }' }),
  });
  const body = (await response.json()) as { extensions?: { warnings?: { code: string }[] } };
  return body.extensions?.warnings?.map((warning) => warning.code) ?? [];
}

describe('Strapi killed during a load run', () => {
  it('loses no page load, serves stale content meanwhile, and recovers when Strapi is back', async () => {
    // Every page type once, so each query is cached before the outage.
    const paths = ['/', '/nyheter/', '/nyheter/eu-miljoner-till-industrins-grona-omstallning', '/kurser/', '/kontakt', '/om-spik'];
    for (const path of paths) expect((await fetch(`${stack.siteUrl}${path}`)).status, path).toBe(200);
    expect(await contentWarnings()).toEqual([]);

    const load = autocannon({ url: stack.siteUrl, connections: 8, duration: 12, requests: paths.map((path) => ({ method: 'GET', path })) });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await stack.killCms();
    await expect.poll(contentWarnings, { timeout: 5000, interval: 250 }).toContain('CONTENT_STALE');
    // The instance stays in the load balancer's pool (it serves its last good content and every
    // figure), and says the CMS is unreachable.
    const readiness = await fetch(`${stack.apiUrl}/readyz`);
    expect(readiness.status).toBe(200);
    expect(await readiness.json()).toEqual({ status: 'ready', database: 'ok', cms: 'unreachable', indicators: 'ok' });
    const result = await load;

    expect(result.requests.total).toBeGreaterThan(100);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);

    await stack.restartCms();
    await expect.poll(contentWarnings, { timeout: 15_000, interval: 500 }).toEqual([]);
    expect((await fetch(`${stack.apiUrl}/readyz`)).status).toBe(200);

    // The outage is visible in the metrics: CMS failures, and content served from the cache.
    const metrics = await (await fetch(`${stack.apiUrl}/metrics`)).text();
    expect(metrics).toMatch(/spik_cms_request_duration_seconds_count\{outcome="error"\} [1-9]/);
    expect(metrics).toMatch(/spik_cache_lookups_total\{cache="content",result="stale"\} [1-9]/);
    expect(metrics).toMatch(/spik_http_request_duration_seconds_bucket\{le="0.05",method="POST",route="\/graphql",status="200"\} \d+/);
  });
});

describe('PostgreSQL stopped', () => {
  let database: Awaited<ReturnType<typeof startPrivatePostgres>>;
  let outage: Awaited<ReturnType<typeof startStack>>;
  const page = async (path: string) => {
    const response = await fetch(`${outage.siteUrl}${path}`);
    return { status: response.status, html: await response.text() };
  };

  beforeAll(async () => {
    database = await startPrivatePostgres(await freePort());
    outage = await startStack({ databaseServer: database.url });
  });
  afterAll(async () => {
    // The throwaway database is dropped on the server, so the server must be up again first.
    try {
      database?.start();
    } catch {
      // it already is
    }
    await outage?.stop();
    await database?.destroy();
  });

  it('keeps content pages working, says the figures are unavailable, and recovers by itself', async () => {
    const paths = [
      '/',
      '/nyheter/eu-miljoner-till-industrins-grona-omstallning',
      '/kontakt',
      '/om-spik',
      '/kurser/',
      '/kurser/exempel-lean-och-hallbar-produktion',
      '/resultat',
    ];
    for (const path of paths) expect((await page(path)).status, path).toBe(200);

    database.stop();
    // The figures are computed in memory; within seconds the API notices it cannot check them.
    await expect.poll(async () => (await page('/')).html, { timeout: 10_000, interval: 500 }).toContain('Siffrorna är tillfälligt otillgängliga');
    const home = await page('/');
    expect(home.status).toBe(200);
    expect(home.html).toContain('Korta YH-kurser som snart startar');
    for (const path of paths.slice(1, 6)) {
      const { status, html } = await page(path);
      expect(status, path).toBe(200);
      expect(html, path).not.toContain('Sidan kan inte visas just nu');
    }
    expect((await page('/kontakt')).html).toContain('073-234 51 58');

    // The API says what is missing, in its own words, and stays up.
    const indicators = (await (
      await fetch(`${outage.apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ indicators { dataIsDemo } }' }),
      })
    ).json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(indicators.errors[0]!.extensions.code).toBe('DATA_UNAVAILABLE');
    expect(indicators.errors[0]!.message).toContain('tillfälligt otillgängliga');
    const ready = await fetch(`${outage.apiUrl}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ database: 'unreachable', cms: 'ok' });
    expect((await fetch(`${outage.apiUrl}/healthz`)).status).toBe(200);

    database.start();
    await expect.poll(async () => (await page('/')).html, { timeout: 20_000, interval: 500 }).not.toContain('Siffrorna är tillfälligt otillgängliga');
    expect((await fetch(`${outage.apiUrl}/readyz`)).status).toBe(200);
  });
});
