/**
 * The API's small Fastify plugins, each on a bare server with only itself registered: the reply
 * headers, the error handler and the health routes. The whole server's behaviour (the same doors
 * with real dependencies) is in error-shape.test.ts, security.test.ts and warm-up.test.ts.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerErrorHandler } from '../src/http/error-handler.js';
import { registerHealth } from '../src/http/health.js';
import { registerResponseHeaders } from '../src/http/response-headers.js';

let app: FastifyInstance;
afterEach(async () => {
  await app?.close();
});

describe('registerResponseHeaders', () => {
  it('names the request id on every reply, and sends HSTS only over TLS', async () => {
    app = Fastify({ trustProxy: true, genReqId: () => 'req-1' });
    registerResponseHeaders(app);
    app.get('/x', async () => ({ ok: true }));
    const plain = await app.inject({ url: '/x' });
    expect(plain.headers['x-request-id']).toBe('req-1');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const tls = await app.inject({ url: '/x', headers: { 'x-forwarded-proto': 'https' } });
    expect(tls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('registerErrorHandler', () => {
  it('answers a failure without its internals, a client error with what was wrong, and an unreachable database with 503', async () => {
    app = Fastify();
    registerErrorHandler(app);
    app.get('/crash', async () => {
      throw new Error('connect to 10.0.0.7 as admin failed: select * from participant');
    });
    app.get('/bad', async () => {
      throw Object.assign(new Error('body must be JSON'), { statusCode: 400, code: 'FST_ERR_BAD' });
    });
    app.get('/db', async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    });
    const crash = await app.inject({ url: '/crash' });
    expect(crash.statusCode).toBe(500);
    expect(crash.body).not.toMatch(/10\.0\.0\.7|participant|admin/);
    expect(crash.json().errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    const bad = await app.inject({ url: '/bad' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ message: 'Anropet kunde inte läsas. body must be JSON', extensions: { code: 'FST_ERR_BAD' } });
    const db = await app.inject({ url: '/db' });
    expect(db.statusCode).toBe(503);
    expect(db.headers['retry-after']).toBe('10');
    expect(db.json().errors[0].extensions.code).toBe('DATA_UNAVAILABLE');
  });
});

describe('registerHealth', () => {
  it('is healthy while the process answers, ready only when the database and the facts are, and names a CMS outage without leaving the pool', async () => {
    const state = { database: true, cms: true, indicators: true };
    const asked: boolean[] = [];
    app = Fastify();
    registerHealth(app, {
      database: async () => {
        if (!state.database) throw new Error('down');
        return true;
      },
      cms: async () => state.cms,
      indicators: (databaseAnswers) => {
        asked.push(databaseAnswers);
        return state.indicators;
      },
    });
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
    state.cms = false;
    const withoutCms = await app.inject({ url: '/readyz' });
    expect(withoutCms.statusCode).toBe(200);
    expect(withoutCms.json()).toEqual({ status: 'ready', database: 'ok', cms: 'unreachable', indicators: 'ok' });
    state.cms = true;
    state.database = false;
    state.indicators = false;
    const down = await app.inject({ url: '/readyz' });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({ status: 'not ready', database: 'unreachable', cms: 'ok', indicators: 'loading' });
    expect(asked).toEqual([true, true, false]);
  });
});
