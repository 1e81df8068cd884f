/**
 * The metrics' labels are bounded: an anonymous client that names each of its operations anew
 * must not create a time series per name (the attacker's way to exhaust Prometheus and the API's
 * memory), while the site's own operations keep their names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/orm.js';
import { operationLabel } from '../src/metrics/metrics.js';
import { openTestDatabase } from './drivers.js';
import { type RunningApi, startTestApi } from './harness.js';

let db: Database;
let api: RunningApi;
beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestApi(db, undefined, undefined, undefined, { rateLimitExempt: ['127.0.0.1', '::1', '::ffff:127.0.0.1'] });
});
afterAll(async () => {
  await api?.app.close();
  await db?.close();
});

const operationSeries = async () =>
  new Set(
    (await (await fetch(`${api.url}/metrics`)).text())
      .split('\n')
      .filter((line) => line.startsWith('spik_graphql_operation_duration_seconds_count'))
      .map((line) => /operation="([^"]*)"/.exec(line)![1]!),
  );

describe('GraphQL operation labels', () => {
  it('turn 200 made-up operation names into one "other" series', async () => {
    for (let i = 0; i < 200; i++) {
      const name = `Probe${i}${Math.random().toString(36).slice(2)}`;
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query ${name} { __typename }`, operationName: name }),
      });
      expect(response.status).toBe(200);
    }
    const series = await operationSeries();
    expect(series).toContain('other');
    expect([...series].filter((label) => label.startsWith('Probe'))).toEqual([]);
  });

  it("keep the site's operation names, and call a nameless one anonymous", () => {
    expect(operationLabel('AboutPage')).toBe('AboutPage');
    expect(operationLabel(undefined)).toBe('anonymous');
    expect(operationLabel('AboutPageX')).toBe('other');
  });
});
