import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/orm.js';

describe('the embedded database', () => {
  it('refuses a second opener while one holds it, and frees it on close', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'spik-lock-'));
    const pgliteDir = path.join(dir, 'pglite');
    const first = await openDatabase({ pgliteDir });
    try {
      // The lock names another live process: this test's parent stands in for the running API.
      const { writeFile } = await import('node:fs/promises');
      await writeFile(`${pgliteDir}.lock`, String(process.ppid));
      await expect(openDatabase({ pgliteDir })).rejects.toThrow(/is in use by process \d+ .*DATABASE_URL/);
    } finally {
      await first.close();
    }
    const again = await openDatabase({ pgliteDir });
    await again.close();
    await rm(dir, { recursive: true, force: true });
  });
});
