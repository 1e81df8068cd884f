/**
 * Test plumbing for the API: a database per test file on every driver we support, a real
 * Strapi when a test needs content, and the API listening on a free port.
 */
import type { FastifyInstance } from 'fastify';
import { createTemporaryDatabase } from '../../scripts/lib/postgres.mjs';
import { freePort } from '../../scripts/lib/processes.mjs';
export { startTestCms } from '../../scripts/lib/testing.mjs';
import { ContentGateway } from '../src/content/content-gateway.js';
import { StrapiClient } from '../src/content/strapi-client.js';
import { Role } from '../src/auth/api-key.entity.js';
import { createApiKey } from '../src/auth/api-keys.js';
import { DataVersion } from '../src/db/data-version.js';
import { type Database, openDatabase } from '../src/db/orm.js';
import { createServer } from '../src/http/server.js';
import { seedProject } from '../src/project-data/project.seed.js';

export interface DriverUnderTest {
  name: 'pglite' | 'postgresql';
  open(): Promise<{ db: Database; dispose(): Promise<void> }>;
}

/** PGlite always; real PostgreSQL too whenever DATABASE_URL names a server. */
export const drivers: DriverUnderTest[] = [
  {
    name: 'pglite',
    async open() {
      const db = await openDatabase({ pgliteDir: 'memory://' });
      return { db, dispose: () => db.close() };
    },
  },
  ...(process.env.DATABASE_URL
    ? [
        {
          name: 'postgresql' as const,
          async open() {
            const temp = await createTemporaryDatabase(process.env.DATABASE_URL!, 'spik_api_test');
            const db = await openDatabase({ databaseUrl: temp.url });
            return {
              db,
              async dispose() {
                await db.close();
                await temp.drop();
              },
            };
          },
        },
      ]
    : []),
];

export interface RunningApi {
  app: FastifyInstance;
  url: string;
  /** POSTs a GraphQL request, with `key` as bearer token when given. */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, key?: string): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
}

/** The API on a free port, migrated and seeded, talking to `cms` (or to nothing). */
export async function startTestApi(db: Database, cms?: { url: string; token: string }, dataVersion = new DataVersion()): Promise<RunningApi> {
  await db.migrate();
  await seedProject(db.em);
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const strapi = new StrapiClient({ baseUrl: cms?.url ?? 'http://127.0.0.1:9', token: cms?.token ?? '' });
  const app = await createServer({ db, strapi, content: new ContentGateway(strapi, publicUrl), dataVersion });
  await app.listen({ host: '127.0.0.1', port });
  return {
    app,
    url: publicUrl,
    async graphql(query, variables, key) {
      const response = await fetch(`${publicUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: never; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    },
  };
}

/** A fresh key of each access level, as the key CLI would create them. */
export async function createTestKeys(db: Database): Promise<{ partner: string; staff: string }> {
  const partner = await createApiKey(db.em, 'Test Partner', Role.PARTNER);
  const staff = await createApiKey(db.em, 'Test Staff', Role.STAFF);
  return { partner: partner.key, staff: staff.key };
}
