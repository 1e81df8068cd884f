/**
 * The site on SIGTERM (a deploy, a scale-down): it stops taking new connections, and a visitor whose
 * page is still being rendered gets it whole. The page waits on an API that answers slowly, so the
 * request is in flight when the signal comes. No Strapi is needed: the slow API is the one fault
 * this test injects, with a local server.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../scripts/lib/processes.mjs';
import { startSite } from '../scripts/lib/stack.mjs';

const API_DELAY_MS = 1500;
let slowApi: Server;

beforeAll(async () => {
  // Answers every GraphQL request after a pause, with an error the site shows as its friendly 503.
  slowApi = createServer((request, response) => {
    request.resume();
    setTimeout(() => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: 'slow and failing on purpose' }] }));
    }, API_DELAY_MS);
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => slowApi.once('listening', resolve));
});
afterAll(() => {
  slowApi?.closeAllConnections();
  slowApi?.close();
});

describe('the site on SIGTERM', () => {
  it('finishes a page in flight, whole, and then takes no new connection', async () => {
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
