// The counts behind `npm test`'s closing line, read from vitest's JSON report.
import { existsSync, readFileSync } from 'node:fs';

/**
 * Passed, failed and skipped checks. A file that failed without a failed test (its setup threw, or
 * it did not load) counts as one failure, and so does a run that failed without a report: the
 * closing line never says "0 failed" when anything failed. `problems` names those files.
 * @param {string} report path of vitest's JSON report
 * @param {number | null} exitStatus vitest's exit status
 */
export function suiteCounts(report, exitStatus) {
  if (!existsSync(report)) return { numPassedTests: 0, numFailedTests: 1, numPendingTests: 0, problems: ['✖ vitest wrote no report'] };
  const json = JSON.parse(readFileSync(report, 'utf8'));
  /** @type {{ name: string, status: string, message?: string, assertionResults?: { status: string }[] }[]} */
  const files = json.testResults ?? [];
  const failedFiles = files.filter((file) => file.status === 'failed' && !file.assertionResults?.some((test) => test.status === 'failed'));
  let failed = json.numFailedTests + failedFiles.length;
  if (exitStatus !== 0 && failed === 0) failed = 1;
  return {
    numPassedTests: json.numPassedTests,
    numFailedTests: failed,
    numPendingTests: json.numPendingTests,
    problems: failedFiles.map((file) => `✖ ${file.name} failed outside its tests: ${file.message || 'see the output above'}`),
  };
}
