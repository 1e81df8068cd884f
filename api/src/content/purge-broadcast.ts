import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ContentCache } from './content-cache.js';

/** A purge message older than this is a replay, or a clock too far off to trust. */
const MAX_AGE_MS = 60_000;
const TAG = /^[\w:.-]{1,200}$/;

interface PurgeMessage {
  origin: string;
  tags: string[];
  at: number;
}

const sign = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('hex');

function isPurgeMessage(value: unknown): value is PurgeMessage {
  const message = value as PurgeMessage;
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof message.origin === 'string' &&
    typeof message.at === 'number' &&
    Array.isArray(message.tags) &&
    message.tags.length <= 200 &&
    message.tags.every((tag) => typeof tag === 'string' && TAG.test(tag))
  );
}

/**
 * Purges reach every API instance: the instance that receives Strapi's webhook purges its own
 * cache and publishes the tags on a Redis channel; the others purge when they hear it. Without
 * Redis an instance purges only itself (a single instance needs nothing more).
 *
 * Messages are signed with the webhook secret every instance shares (HMAC-SHA256 over the body)
 * and checked for shape and age, so someone who can publish on the channel cannot purge, and a
 * malformed message is dropped, never thrown.
 */
export class PurgeBroadcast {
  private readonly origin = randomUUID();
  private subscriber: Redis | undefined;

  constructor(
    private readonly cache: ContentCache,
    private readonly redis: Redis | undefined,
    private readonly channel: string,
    private readonly secret: string | undefined,
  ) {}

  async start(onRemotePurge?: (tags: string[], purged: number) => void, onRejected?: (reason: string) => void): Promise<void> {
    // Without the secret this instance can neither sign nor check: it purges only itself.
    if (!this.redis || !this.secret) return;
    this.subscriber = this.redis.duplicate();
    this.subscriber.on('message', (_channel: string, raw: string) => {
      const reason = this.receive(raw, onRemotePurge);
      if (reason) onRejected?.(reason);
    });
    await this.subscriber.subscribe(this.channel);
  }

  /** Applies one message from the channel; the reason it was dropped, if it was. */
  private receive(raw: string, onRemotePurge?: (tags: string[], purged: number) => void): string | undefined {
    let envelope: { body?: unknown; signature?: unknown };
    try {
      envelope = JSON.parse(raw) as typeof envelope;
    } catch {
      return 'not JSON';
    }
    if (typeof envelope?.body !== 'string' || typeof envelope.signature !== 'string') return 'no signed body';
    const expected = Buffer.from(sign(this.secret!, envelope.body), 'hex');
    const given = Buffer.from(envelope.signature, 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'bad signature';
    let message: unknown;
    try {
      message = JSON.parse(envelope.body);
    } catch {
      return 'body not JSON';
    }
    if (!isPurgeMessage(message)) return 'malformed message';
    if (Math.abs(Date.now() - message.at) > MAX_AGE_MS) return 'too old';
    if (message.origin !== this.origin) onRemotePurge?.(message.tags, this.cache.purge(message.tags));
    return undefined;
  }

  /** Purges here, then tells the others; a Redis failure leaves them to the cache's time limit. */
  async purge(tags: readonly string[]): Promise<number> {
    const purged = this.cache.purge(tags);
    if (this.redis && this.secret) {
      const body = JSON.stringify({ origin: this.origin, tags: [...tags], at: Date.now() } satisfies PurgeMessage);
      await this.redis.publish(this.channel, JSON.stringify({ body, signature: sign(this.secret, body) })).catch(() => undefined);
    }
    return purged;
  }

  async stop(): Promise<void> {
    await this.subscriber?.quit().catch(() => undefined);
  }
}
