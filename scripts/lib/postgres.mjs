// Throwaway PostgreSQL databases for tests: each test creates its own on the server named by a
// connection string, and drops it afterwards, so parallel or repeated runs never collide.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** @returns {Promise<{ url: string, name: string, drop: () => Promise<void> }>} */
export async function createTemporaryDatabase(serverUrl, prefix = 'spik_test') {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
