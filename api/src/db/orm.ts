import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM as PgliteMikroORM } from '@mikro-orm/pglite';
import { MikroORM as PostgreSqlMikroORM } from '@mikro-orm/postgresql';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { entities } from './entities.js';
import { migrationsList } from './migrations.js';

export interface Database {
  em: SqlEntityManager;
  /** Applies every committed migration that has not run yet. */
  migrate(): Promise<void>;
  /** SQL that would bring the database to the entities' schema; empty when they agree. */
  schemaDrift(): Promise<string>;
  close(): Promise<void>;
  driver: 'postgresql' | 'pglite';
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite cluster directory (or `memory://`). */
  pgliteDir?: string;
  /** Sees every SQL statement; tests count them to prove relations are batched. */
  onQuery?: (sql: string) => void;
}

/** True when the database is PGlite in files: one process's alone, guarded by a lock file. */
export const isEmbeddedOnDisk = ({ databaseUrl, pgliteDir = '.data/pglite' }: DatabaseOptions): boolean => !databaseUrl && !pgliteDir.startsWith('memory:');

/**
 * One code path for both drivers (docs/decisions/0004-embedded-databases.md): entities and
 * resolvers only ever see a SqlEntityManager, so PGlite and PostgreSQL behave the same.
 */
export async function openDatabase({ databaseUrl, pgliteDir = '.data/pglite', onQuery }: DatabaseOptions): Promise<Database> {
  const common = {
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    allowGlobalContext: false,
    ...(onQuery ? { onQuery: (sql: string) => (onQuery(sql), sql) } : {}),
  };
  const lock = isEmbeddedOnDisk({ databaseUrl, pgliteDir }) ? lockEmbedded(pgliteDir) : undefined;
  const orm = databaseUrl
    ? await PostgreSqlMikroORM.init({ ...common, clientUrl: databaseUrl, pool: { min: 0, max: 10 } })
    : await PgliteMikroORM.init({ ...common, dbName: pgliteDir });
  return {
    em: orm.em as unknown as SqlEntityManager,
    driver: databaseUrl ? 'postgresql' : 'pglite',
    async migrate() {
      await orm.migrator.up();
    },
    async schemaDrift() {
      return orm.schema.getUpdateSchemaSQL({ wrap: false });
    },
    async close() {
      await orm.close(true);
      lock?.release();
    },
  };
}

/**
 * The live process, other than this one, that holds the embedded database in `pgliteDir`; null
 * when nobody does (no lock file, or its process has ended).
 */
export function embeddedLockHolder(pgliteDir: string): number | null {
  const file = `${pgliteDir}.lock`;
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else, so it still holds the database.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

/**
 * PGlite is one process's database: a second process opening the same directory would work on its
 * own copy and could corrupt it. The lock file makes the second opener fail with a clear message.
 */
function lockEmbedded(pgliteDir: string): { release(): void } {
  mkdirSync(path.dirname(pgliteDir), { recursive: true });
  const holder = embeddedLockHolder(pgliteDir);
  if (holder !== null) {
    throw new Error(
      `The embedded database ${pgliteDir} is in use by process ${holder} (another command; a running API would have taken the work over). ` +
        'Wait for it to finish, or use PostgreSQL through DATABASE_URL, which several processes can share.',
    );
  }
  const file = `${pgliteDir}.lock`;
  writeFileSync(file, String(process.pid));
  return { release: () => rmSync(file, { force: true }) };
}

/** For command-line tools: opens the database or exits with the reason, without a stack trace. */
export async function openDatabaseOrExit(options: DatabaseOptions): Promise<Database> {
  try {
    return await openDatabase(options);
  } catch (error) {
    console.error(`✖ ${(error as Error).message}`);
    process.exit(1);
  }
}
