// Setup once, copy many (decision 0010): what every test needs and is slow to make (a seeded
// Strapi database, a migrated API database with its demo data) is made once per test run by
// whichever test process asks first, and every test gets a copy: a file copy for SQLite and
// PGlite, `CREATE DATABASE … TEMPLATE` on PostgreSQL. Test processes run side by side, so
// "once" is guarded by a lock folder that every process of the run can see.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import os from 'node:os';
import path from 'node:path';
import { dropDatabase } from '../scripts/lib/postgres.mjs';

/** The run's folder; the global setup (or `npm test`) names the run, a lone process names its own. */
export function runFolder() {
  const run = (process.env.SPIK_TEST_RUN ??= `solo-${process.pid}`);
  return path.join(os.tmpdir(), `spik-test-run-${run}`);
}

/**
 * True in a process that named its own run (the Lighthouse, screenshot and bench scripts run
 * alone): nobody else removes its templates, so it does when its stack stops.
 */
export const isSoloRun = () => (process.env.SPIK_TEST_RUN ?? '').startsWith('solo-');

/**
 * The value `build` makes for `name`, made by one process of the run and read by the rest.
 * `build` must return JSON. A failed build is reported to every process that waits for it.
 * @template T
 * @param {string} name
 * @param {() => Promise<T>} build
 * @returns {Promise<T>}
 */
export async function once(name, build, timeoutMs = 300_000) {
  const folder = runFolder();
  mkdirSync(folder, { recursive: true });
  const done = path.join(folder, `${name}.json`);
  const failed = path.join(folder, `${name}.error`);
  let mine = false;
  try {
    mkdirSync(path.join(folder, `${name}.making`));
    mine = true;
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
  }
  if (mine) {
    try {
      const value = await build();
      writeFileSync(`${done}.tmp`, JSON.stringify(value));
      // rename is atomic: a reader sees the whole file or none.
      renameSync(`${done}.tmp`, done);
      return value;
    } catch (error) {
      writeFileSync(failed, String(/** @type {Error} */ (error).stack ?? error));
      throw error;
    }
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(done)) return JSON.parse(readFileSync(done, 'utf8'));
    if (existsSync(failed)) throw new Error(`the shared test template "${name}" could not be made:\n${readFileSync(failed, 'utf8')}`);
    if (Date.now() > deadline) throw new Error(`the shared test template "${name}" was not made within ${timeoutMs / 1000} s (${folder})`);
    await sleep(100);
  }
}

/** PostgreSQL template databases made in this run, so the global teardown can drop them. */
export function recordTemplateDatabase(serverUrl, name) {
  const folder = runFolder();
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${name}.database`), serverUrl);
}

/** Removes what the run made: its folder and its template databases. */
export async function removeRun() {
  const folder = runFolder();
  if (!existsSync(folder)) return;
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.database'))) {
    await dropDatabase(readFileSync(path.join(folder, file), 'utf8'), file.slice(0, -'.database'.length));
  }
  rmSync(folder, { recursive: true, force: true });
}
