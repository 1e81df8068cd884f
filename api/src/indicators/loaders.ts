import DataLoader from 'dataloader';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { type CourseActivity, type OrganisationCounts, activitiesByCourse, countsByOrganisation } from './activity-counts.js';
import type { Release } from './compute.js';

/**
 * Per-request batching of protected counts: however many organisations or courses a query lists,
 * their counts cost one SQL statement per kind, all under the same release (decision 0023).
 */
export function createIndicatorLoaders(em: SqlEntityManager, release: () => Promise<Release>) {
  return {
    countsByOrganisation: new DataLoader<number, OrganisationCounts>(async (ids) => countsByOrganisation(em, await release(), ids)),
    activityByCourseId: new DataLoader<string, CourseActivity | null>(async (courseIds) => activitiesByCourse(em, await release(), courseIds)),
  };
}

export type IndicatorLoaders = ReturnType<typeof createIndicatorLoaders>;
