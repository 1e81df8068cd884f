import DataLoader from 'dataloader';
import type { CachedContent } from './content-cache.js';
import type { ContentGateway } from './content-gateway.js';
import type { NewsItem } from './news-item.js';
import type { ContactPerson, OrganisationProfile } from './organisation-profile.js';

/** Matches loaded values back to the keys asked for, in order; null where nothing was found. */
const byKey = <K, V>(keys: readonly K[], values: V[], keyOf: (value: V) => K): (V | null)[] => {
  const map = new Map(values.map((value) => [keyOf(value), value]));
  return keys.map((key) => map.get(key) ?? null);
};

/**
 * Per-request batching of CMS content: however many news items or organisations a query
 * touches, each kind of related content costs one CMS call (never one per row). `warn` hears
 * when an answer came from the cache because the CMS could not be reached.
 */
export function createContentLoaders(content: ContentGateway, warn: (message: string) => void) {
  const unwrap = <T>(result: CachedContent<T>): T => {
    if (result.stale) warn('CONTENT_STALE');
    return result.value;
  };
  return {
    newsById: new DataLoader<string, NewsItem | null>(async (ids) => byKey(ids, unwrap(await content.newsByIds(ids)), (item) => item.id)),
    profileById: new DataLoader<string, OrganisationProfile | null>(async (ids) => byKey(ids, unwrap(await content.profilesById(ids)), (p) => p.id)),
    profileByName: new DataLoader<string, OrganisationProfile | null>(async (names) =>
      byKey(names, unwrap(await content.profilesByName(names)), (p) => p.name),
    ),
    contactsByProfileId: new DataLoader<string, ContactPerson[]>(async (ids) => {
      const contacts = unwrap(await content.contactsOf(ids));
      return ids.map((id) => contacts.filter((contact) => contact.organisationId === id));
    }),
  };
}

export type ContentLoaders = ReturnType<typeof createContentLoaders>;
