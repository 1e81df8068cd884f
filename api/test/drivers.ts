/** The database drivers every API test runs on: PGlite always, PostgreSQL when DATABASE_URL is set. */
import { createTemporaryDatabase } from '../../scripts/lib/postgres.mjs';
import { type Database, openDatabase } from '../src/db/orm.js';

export interface DriverUnderTest {
  name: 'pglite' | 'postgresql';
  open(): Promise<{ db: Database; dispose(): Promise<void>; url?: string }>;
}

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
