/**
 * `npm test`'s closing line counts a test file that fails outside its tests (a throwing
 * beforeAll, as when a test's service cannot start) as a failure. A real vitest run on a tiny suite.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from '../lib/stack.mjs';
import { suiteCounts } from '../lib/test-summary.mjs';

const run = promisify(execFile);

describe("npm test's closing line", () => {
  it('counts a file whose setup failed as failed, although none of its tests ran', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'spik-summary-'));
    try {
      await writeFile(path.join(dir, 'vitest.config.mjs'), "export default { test: { include: ['*.test.mjs'] } };\n");
      await writeFile(path.join(dir, 'passes.test.mjs'), "import { expect, it } from 'vitest';\nit('adds', () => expect(1 + 1).toBe(2));\n");
      await writeFile(
        path.join(dir, 'setup-fails.test.mjs'),
        "import { beforeAll, expect, it } from 'vitest';\nbeforeAll(() => { throw new Error('spawnSync runuser ENOENT'); });\nit('never runs', () => expect(true).toBe(true));\n",
      );
      const report = path.join(dir, 'report.json');
      const exitStatus = await run(process.execPath, [
        path.join(root, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--root',
        dir,
        '--reporter=json',
        `--outputFile.json=${report}`,
      ]).then(
        () => 0,
        (error: { code: number }) => error.code,
      );
      expect(exitStatus).not.toBe(0);
      const counts = suiteCounts(report, exitStatus);
      expect(counts.numPassedTests).toBe(1);
      expect(counts.numFailedTests).toBe(1);
      expect(counts.problems).toEqual([expect.stringMatching(/setup-fails\.test\.mjs failed outside its tests/)]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('counts a run that wrote no report as failed', () => {
    expect(suiteCounts(path.join(os.tmpdir(), 'no-such-report.json'), 1).numFailedTests).toBe(1);
  });
});
