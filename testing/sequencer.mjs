// The order test files start in. Two workers share the service layers, so the run ends when the
// last long file does: longest first. Files that mostly wait for the clock (scheduled publishing
// waits for whole minutes) start before all others, so their waiting overlaps other files' work;
// then the end-to-end, CMS and API layers, each largest file first. Vitest's own order runs the
// layers one after another by name and, on a fresh clone, knows no durations.
import { stat } from 'node:fs/promises';
import { BaseSequencer } from 'vitest/node';

const WAITS_FOR_THE_CLOCK = ['e2e/scheduling.test.ts', 'cms/test/scheduling.test.ts'];
const LAYERS = ['e2e', 'cms', 'adversary', 'api', 'unit'];

export class LongestFirst extends BaseSequencer {
  /** @param {import('vitest/node').TestSpecification[]} files */
  async sort(files) {
    const sizes = new Map(await Promise.all(files.map(async (file) => /** @type {const} */ ([file.moduleId, (await stat(file.moduleId)).size]))));
    /** @param {import('vitest/node').TestSpecification} file */
    const rank = (file) => (WAITS_FOR_THE_CLOCK.some((name) => file.moduleId.endsWith(name)) ? -1 : LAYERS.indexOf(file.project.name));
    return [...files].sort((a, b) => rank(a) - rank(b) || (sizes.get(b.moduleId) ?? 0) - (sizes.get(a.moduleId) ?? 0));
  }
}
