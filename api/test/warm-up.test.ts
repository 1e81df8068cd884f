/**
 * The indicator facts are loaded at start, and /readyz says the API is not ready until they are, so
 * a load balancer sends no one a first indicators request that waits for the whole load.
 * PostgreSQL only: the test holds the load back with a table lock from a second connection, which
 * PGlite's single connection cannot give.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { drivers } from './drivers.js';
import { startTestApi, type RunningApi } from './harness.js';

const postgres = drivers.find((driver) => driver.name === 'postgresql');
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const readiness = async (api: RunningApi) => (await (await fetch(`${api.url}/readyz`)).json()) as { indicators: string; database: string };

describe.runIf(postgres)('indicator warm-up at start (PostgreSQL; needs DATABASE_URL)', () => {
  it('reports indicators loading while the facts load, and ok once they are loaded, before any request asked', async () => {
    const { db, dispose, url } = await postgres!.open();
    cleanups.push(dispose);
    await db.migrate();
    const lock = new pg.Client({ connectionString: url });
    await lock.connect();
    cleanups.push(() => lock.end());
    await lock.query('begin');
    await lock.query('lock table participant in access exclusive mode');

    const api = await startTestApi(db, undefined, undefined, undefined, { warmUpIndicators: true });
    cleanups.push(() => api.app.close());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await readiness(api)).toMatchObject({ database: 'ok', indicators: 'loading' });

    await lock.query('commit');
    const deadline = Date.now() + 10_000;
    let state = await readiness(api);
    while (state.indicators !== 'ok' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      state = await readiness(api);
    }
    expect(state.indicators).toBe('ok');
  });
});
