// Throwaway PostgreSQL databases for tests: each test creates its own on the server named by a
// connection string (empty, or a copy of a template), and drops it afterwards, so parallel or
// repeated runs never collide.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
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
    drop: () => dropDatabase(serverUrl, name),
  };
}

/**
 * A new database on `serverUrl` copied from `template`, named `prefix_…`, with a `drop` that
 * removes it. PostgreSQL refuses the copy while another session is connected to the template,
 * which a parallel copy can be for an instant: retried.
 * @returns {Promise<{ url: string, name: string, drop: () => Promise<void> }>}
 */
export async function copyDatabase(serverUrl, template, prefix) {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        break;
      } catch (error) {
        const busy = /being accessed by other users/.test(String(/** @type {Error} */ (error).message));
        if (!busy || attempt >= 50) throw error;
        await sleep(100);
      }
    }
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => dropDatabase(serverUrl, name) };
}

export async function dropDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
