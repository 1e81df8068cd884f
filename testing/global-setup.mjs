// Vitest's global setup for the suites that start services: names the test run, so that every
// test process of it shares the templates of templates.mjs, and removes them when the run ends.
import { randomBytes } from 'node:crypto';
import { removeRun } from './templates.mjs';

/** Whether this process named the run, and so removes it; `npm test` names it for both its lanes. */
let owner = false;

export function setup() {
  // Every project's global setup runs in the one main process: the first names the run.
  if (process.env.SPIK_TEST_RUN) return;
  process.env.SPIK_TEST_RUN = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  owner = true;
}

export async function teardown() {
  if (owner) await removeRun();
}
