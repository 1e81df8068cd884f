/**
 * The site as operators run it, against a local stand-in for the API (no Strapi needed: a slow API
 * is the one fault these tests inject): on SIGTERM (a deploy, a scale-down) it stops taking new
 * connections and a visitor whose page is still being rendered gets it whole; and one request id
 * follows a page view from the visitor's proxy through the site to the API.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../scripts/lib/processes.mjs';
import { startSite } from '../scripts/lib/stack.mjs';

const API_DELAY_MS = 1500;
/** How long the stand-in API takes: slow for the shutdown test, quick for the others. */
let delayMs = 0;
let slowApi: Server;
/** The request ids the stand-in API was sent, in order. */
const idsSeen: (string | undefined)[] = [];

beforeAll(async () => {
  // Answers every GraphQL request after a pause, with an error the site shows as its friendly 503.
  slowApi = createServer((request, response) => {
    idsSeen.push(request.headers['x-request-id'] as string | undefined);
    request.resume();
    setTimeout(() => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: 'slow and failing on purpose' }] }));
    }, delayMs);
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => slowApi.once('listening', resolve));
});
afterAll(() => {
  slowApi?.closeAllConnections();
  slowApi?.close();
});

describe('the site on SIGTERM', () => {
  it('finishes a page in flight, whole, and then takes no new connection', async () => {
    delayMs = API_DELAY_MS;
    const port = await freePort();
    const site = startSite({ port, apiUrl: `http://127.0.0.1:${(slowApi.address() as AddressInfo).port}`, quiet: true, extraEnv: { API_TIMEOUT_MS: '5000' } });
    try {
      await site.ready();
      const started = Date.now();
      const inFlight = fetch(`http://127.0.0.1:${port}/om-spik`).then(async (response) => ({ status: response.status, body: await response.text() }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const stopped = site.stop();
      const answer = await inFlight;
      expect(Date.now() - started).toBeGreaterThanOrEqual(API_DELAY_MS);
      expect(answer.status).toBe(503);
      expect(answer.body).toContain('</html>');
      await stopped;
      await expect(fetch(`http://127.0.0.1:${port}/om-spik`)).rejects.toThrow();
    } finally {
      await site.stop();
    }
  });
});

describe('request ids', () => {
  it("keep a proxy's safe id, replace an unsafe one, and reach the API with the page's id", async () => {
    delayMs = 0;
    const port = await freePort();
    const site = startSite({ port, apiUrl: `http://127.0.0.1:${(slowApi.address() as AddressInfo).port}`, quiet: true });
    try {
      await site.ready();
      const ask = async (id?: string) => {
        idsSeen.length = 0;
        const response = await fetch(`http://127.0.0.1:${port}/om-spik`, { headers: id === undefined ? {} : { 'x-request-id': id } });
        await response.text();
        return { answered: response.headers.get('x-request-id'), sent: [...new Set(idsSeen)] };
      };
      expect(await ask('proxy-7f3a.1')).toEqual({ answered: 'proxy-7f3a.1', sent: ['proxy-7f3a.1'] });
      for (const unsafe of ['forged {"level":50,"msg":"login"}', '../../etc', 'x'.repeat(200), '']) {
        const { answered, sent } = await ask(unsafe);
        expect(answered).toMatch(/^[0-9a-f-]{36}$/);
        expect(sent).toEqual([answered]);
      }
      const fresh = await ask();
      expect(fresh.answered).toMatch(/^[0-9a-f-]{36}$/);
      expect(fresh.sent).toEqual([fresh.answered]);
    } finally {
      await site.stop();
    }
  });
});
