import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ContentCache } from './content-cache.js';

/**
 * Purges reach every API instance: the instance that receives Strapi's webhook purges its own
 * cache and publishes the tags on a Redis channel; the others purge when they hear it. Without
 * Redis an instance purges only itself (a single instance needs nothing more).
 */
export class PurgeBroadcast {
  private readonly origin = randomUUID();
  private subscriber: Redis | undefined;

  constructor(
    private readonly cache: ContentCache,
    private readonly redis: Redis | undefined,
    private readonly channel = 'spik:content-purge',
  ) {}

  async start(onRemotePurge?: (tags: string[], purged: number) => void): Promise<void> {
    if (!this.redis) return;
    this.subscriber = this.redis.duplicate();
    this.subscriber.on('message', (_channel: string, message: string) => {
      const { origin, tags } = JSON.parse(message) as { origin: string; tags: string[] };
      if (origin !== this.origin) onRemotePurge?.(tags, this.cache.purge(tags));
    });
    await this.subscriber.subscribe(this.channel);
  }

  /** Purges here, then tells the others; a Redis failure leaves them to the cache's time limit. */
  async purge(tags: string[]): Promise<number> {
    const purged = this.cache.purge(tags);
    await this.redis?.publish(this.channel, JSON.stringify({ origin: this.origin, tags })).catch(() => undefined);
    return purged;
  }

  async stop(): Promise<void> {
    await this.subscriber?.quit().catch(() => undefined);
  }
}
