import DataLoader from 'dataloader';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { CachedContent } from '../content/content-cache.js';
import type { ContentGateway } from '../content/content-gateway.js';
import type { NewsItem } from '../content/news-item.js';
import type { ContactPerson, OrganisationProfile } from '../content/organisation-profile.js';
import { type CourseActivity, type OrganisationCounts, activitiesByCourse, countsByOrganisation } from '../indicators/activity-counts.js';
import type { Release } from '../indicators/compute.js';

/**
 * Per-request batching: however many news items, organisations or courses a query touches, each
 * kind of related data costs one CMS call or one SQL statement (never one per row).
 */
export function createLoaders(content: ContentGateway, em: SqlEntityManager, release: () => Promise<Release>, warn: (message: string) => void) {
  const unwrap = <T>(result: CachedContent<T>): T => {
    if (result.stale) warn('CONTENT_STALE');
    return result.value;
  };
  const byKey = <K, V>(keys: readonly K[], values: V[], keyOf: (value: V) => K): (V | null)[] => {
    const map = new Map(values.map((value) => [keyOf(value), value]));
    return keys.map((key) => map.get(key) ?? null);
  };

  return {
    newsById: new DataLoader<string, NewsItem | null>(async (ids) => byKey(ids, unwrap(await content.newsByIds(ids)), (item) => item.id)),
    profileById: new DataLoader<string, OrganisationProfile | null>(async (ids) => byKey(ids, unwrap(await content.profilesById(ids)), (p) => p.id)),
    profileByName: new DataLoader<string, OrganisationProfile | null>(async (names) => byKey(names, unwrap(await content.profilesByName(names)), (p) => p.name)),
    contactsByProfileId: new DataLoader<string, ContactPerson[]>(async (ids) => {
      const contacts = unwrap(await content.contactsOf(ids));
      return ids.map((id) => contacts.filter((contact) => contact.organisationId === id));
    }),
    countsByOrganisation: new DataLoader<number, OrganisationCounts>(async (ids) => countsByOrganisation(em, await release(), ids)),
    activityByCourseId: new DataLoader<string, CourseActivity | null>(async (courseIds) => activitiesByCourse(em, await release(), courseIds)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
