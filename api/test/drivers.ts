/**
 * The database drivers every API test runs on: PGlite always, PostgreSQL when DATABASE_URL is set.
 * A test's database starts as a copy of one migrated once per run (testing/templates.mjs):
 * migrating PGlite takes seconds, copying its dump a fraction of one. `fresh: true` gives an empty
 * database, for the tests of the migrations themselves.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { copyDatabase, createTemporaryDatabase } from '../../scripts/lib/postgres.mjs';
import { once, recordTemplateDatabase, runFolder } from '../../testing/templates.mjs';
import { type Database, openDatabase } from '../src/db/orm.js';

export interface DriverUnderTest {
  name: 'pglite' | 'postgresql';
  /** `onQuery` sees every SQL statement (tests count them to prove relations are batched). */
  open(options?: { fresh?: boolean; onQuery?: (sql: string) => void }): Promise<{ db: Database; dispose(): Promise<void>; url?: string }>;
}

/** A migrated PGlite cluster folder, made once per run. */
const pgliteTemplate = () =>
  once('api-pglite-migrated', async () => {
    const folder = path.join(runFolder(), 'api-pglite-migrated');
    const db = await openDatabase({ pgliteDir: folder });
    await db.migrate();
    await db.close();
    return { folder };
  });

/** A migrated database on DATABASE_URL's server, made once per run, to copy with CREATE DATABASE … TEMPLATE. */
const postgresTemplate = (server: string) =>
  once('api-postgresql-migrated', async () => {
    const temp = await createTemporaryDatabase(server, 'spik_api_template');
    const db = await openDatabase({ databaseUrl: temp.url });
    await db.migrate();
    await db.close();
    recordTemplateDatabase(server, temp.name);
    return { name: temp.name };
  });

export const drivers: DriverUnderTest[] = [
  {
    name: 'pglite',
    async open({ fresh = false, onQuery } = {}) {
      if (fresh) {
        const db = await openDatabase({ pgliteDir: 'memory://', onQuery });
        return { db, dispose: () => db.close() };
      }
      const dir = await mkdtemp(path.join(os.tmpdir(), 'spik-api-test-'));
      await cp((await pgliteTemplate()).folder, path.join(dir, 'pglite'), { recursive: true });
      const db = await openDatabase({ pgliteDir: path.join(dir, 'pglite'), onQuery });
      // Closing the database also removes its copy, so a test may simply close it.
      const close = db.close.bind(db);
      db.close = async () => {
        await close();
        await rm(dir, { recursive: true, force: true });
      };
      return { db, dispose: () => db.close() };
    },
  },
  ...(process.env.DATABASE_URL
    ? [
        {
          name: 'postgresql' as const,
          async open({ fresh = false, onQuery }: { fresh?: boolean; onQuery?: (sql: string) => void } = {}) {
            const server = process.env.DATABASE_URL!;
            const temp = fresh
              ? await createTemporaryDatabase(server, 'spik_api_test')
              : await copyDatabase(server, (await postgresTemplate(server)).name, 'spik_api_test');
            const db = await openDatabase({ databaseUrl: temp.url, onQuery });
            return {
              db,
              url: temp.url,
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

/** A PGlite database for a test that needs just one: a copy of the run's migrated template, removed when closed. */
export const openTestDatabase = async (options: { onQuery?: (sql: string) => void } = {}): Promise<Database> => (await drivers[0]!.open(options)).db;
