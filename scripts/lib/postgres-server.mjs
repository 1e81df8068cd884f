// PostgreSQL's server binaries, for tests that need a server of their own (one they can stop and
// start without touching the shared one). Works for root and for an ordinary user, with any PATH.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where distributions put initdb and pg_ctl: Debian/Ubuntu, RHEL/Fedora (PGDG), source builds, Homebrew, plain /usr/bin. */
function candidateDirectories() {
  const versioned = (parent, pattern, bin) =>
    existsSync(parent)
      ? readdirSync(parent)
          .filter((entry) => pattern.test(entry))
          .sort((a, b) => Number(b.match(/\d+/)?.[0] ?? 0) - Number(a.match(/\d+/)?.[0] ?? 0))
          .map((entry) => path.join(parent, entry, bin))
      : [];
  return [
    ...(process.env.PG_BINDIR ? [process.env.PG_BINDIR] : []),
    ...versioned('/usr/lib/postgresql', /^\d+$/, 'bin'),
    ...versioned('/usr', /^pgsql-\d+$/, 'bin'),
    '/usr/local/pgsql/bin',
    '/opt/homebrew/bin',
    ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean),
    '/usr/local/bin',
    '/usr/bin',
  ];
}

/** The directory holding initdb and pg_ctl, or null when PostgreSQL's server is not installed. */
export function findPostgresBinaries() {
  return candidateDirectories().find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) ?? null;
}

/** The uid and gid of the `postgres` account, read from /etc/passwd (no `id` or PATH needed). */
function postgresAccount() {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  if (!line) throw new Error('Running as root, the private PostgreSQL server needs a "postgres" account (the postgresql package creates it).');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * A PostgreSQL server of the test's own on a free port in a temporary folder. It runs as the
 * current user, or, for root (whom initdb refuses), as the `postgres` account.
 * @param {number} port
 */
export async function startPrivatePostgres(port) {
  const bindir = findPostgresBinaries();
  if (!bindir) throw new Error('PostgreSQL\'s server binaries (initdb, pg_ctl) were not found: install the "postgresql" package, or set PG_BINDIR.');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spik-pg-'));
  const account = process.getuid?.() === 0 ? postgresAccount() : null;
  if (account) chownSync(dir, account.uid, account.gid);
  const data = path.join(dir, 'data');
  const run = (command, args) => execFileSync(path.join(bindir, command), args, { stdio: 'pipe', cwd: dir, ...(account ?? {}) });
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const start = () =>
    run('pg_ctl', ['-D', data, '-w', '-l', path.join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  const stop = () => run('pg_ctl', ['-D', data, '-w', '-m', 'immediate', 'stop']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    /** Stops the server at once, as an outage would. */
    stop,
    start,
    async destroy() {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
