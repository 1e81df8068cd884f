import { LRUCache } from 'lru-cache';
import { ContentUnavailableError } from './strapi-client.js';
import { cacheLookups } from '../metrics/metrics.js';

export interface CachedContent<T> {
  value: T;
  /** True when the CMS could not be reached and this is the last good copy. */
  stale: boolean;
}

interface Entry {
  value: unknown;
  tags: string[];
}

/**
 * Keeps CMS answers until a webhook says their content type changed, and the last good copy of
 * each for when the CMS is down (docs/decisions/0016-content-cache.md). Concurrent misses for the
 * same key share one CMS call.
 */
export class ContentCache {
  private readonly fresh: LRUCache<string, Entry>;
  private readonly lastGood = new LRUCache<string, Entry>({ max: 5000 });
  private readonly inFlight = new Map<string, Promise<Entry>>();

  /** Moves on every purge: answers built from content before it are out of date. */
  generation = 0;

  constructor(readonly freshMs = 5 * 60_000) {
    // A TTL as well as purges: a webhook lost in transit costs at most this long.
    this.fresh = new LRUCache<string, Entry>({ max: 2000, ttl: freshMs });
  }

  async get<T>(key: string, tags: (value: T) => string[], load: () => Promise<T>): Promise<CachedContent<T>> {
    const hit = this.fresh.get(key);
    if (hit) {
      cacheLookups.inc({ cache: 'content', result: 'hit' });
      return { value: hit.value as T, stale: false };
    }
    cacheLookups.inc({ cache: 'content', result: 'miss' });
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = load().then((value) => ({ value, tags: tags(value) }));
      this.inFlight.set(key, pending);
      void pending.finally(() => this.inFlight.delete(key)).catch(() => undefined);
    }
    try {
      const entry = await pending;
      this.fresh.set(key, entry);
      this.lastGood.set(key, entry);
      return { value: entry.value as T, stale: false };
    } catch (error) {
      const good = this.lastGood.get(key);
      if (error instanceof ContentUnavailableError && good) {
        cacheLookups.inc({ cache: 'content', result: 'stale' });
        return { value: good.value as T, stale: true };
      }
      throw error;
    }
  }

  /** Drops every answer carrying one of `tags`: the fresh copy and the fallback alike. */
  purge(tags: readonly string[]): number {
    this.generation++;
    const wanted = new Set(tags);
    let purged = 0;
    for (const cache of [this.fresh, this.lastGood]) {
      for (const [key, entry] of cache.entries()) {
        if (entry.tags.some((tag) => wanted.has(tag))) {
          cache.delete(key);
          purged++;
        }
      }
    }
    return purged;
  }
}
