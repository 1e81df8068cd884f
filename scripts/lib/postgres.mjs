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

/**
 * A PostgreSQL server of the test's own, from the machine's PostgreSQL binaries, on a free port in a
 * temporary folder: a test can stop and start it without touching the shared server. Needs root
 * (it runs the server as the `postgres` user), as on this project's machines.
 * @param {number} port
 */
export async function startPrivatePostgres(port) {
  const { execFileSync } = await import('node:child_process');
  const { chownSync, mkdtempSync, readdirSync, rmSync } = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const versions = readdirSync('/usr/lib/postgresql').sort();
  if (!versions.length) throw new Error('No PostgreSQL binaries in /usr/lib/postgresql: install the postgresql package.');
  const bin = (name) => path.join('/usr/lib/postgresql', versions.at(-1), 'bin', name);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spik-pg-'));
  const { uid, gid } = /** @type {{ uid: number, gid: number }} */ (
    Object.fromEntries(['uid', 'gid'].map((key, index) => [key, Number(execFileSync('id', [index ? '-g' : '-u', 'postgres'], { encoding: 'utf8' }).trim())]))
  );
  chownSync(dir, uid, gid);
  const data = path.join(dir, 'data');
  const asPostgres = (command, args) => execFileSync('runuser', ['-u', 'postgres', '--', bin(command), ...args], { stdio: 'pipe' });
  asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const start = () => asPostgres('pg_ctl', ['-D', data, '-w', '-l', path.join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    /** Stops the server at once, as an outage would. */
    stop: () => asPostgres('pg_ctl', ['-D', data, '-w', '-m', 'immediate', 'stop']),
    start,
    async destroy() {
      try {
        asPostgres('pg_ctl', ['-D', data, '-w', '-m', 'immediate', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
