/**
 * How many feedback messages one visitor, and everyone together, may send (decision 0034). The
 * site's server is exempt from the API's request rate limit (RATE_LIMIT_EXEMPT), so the site
 * names the visitor it sends for in VISITOR_HEADER; that header is believed only from those
 * exempt addresses. Anyone else is the address the API sees (TRUST_PROXY, decision 0022).
 */
import { isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { VISITOR_HEADER } from '@spik/shared';

export const FEEDBACK_RATE = {
  /** One visitor: a handful an hour is plenty for a person, and little for a script. */
  perVisitor: { points: 5, seconds: 3600 },
  /** Everyone together: a script that rotates its addresses cannot fill the CMS. */
  everyone: { points: 200, seconds: 3600 },
} as const;

/** IPv6 visitors are counted by their /64: one connection usually holds a whole /64. */
function bucketOfAddress(address: string): string {
  if (isIP(address) !== 6 || address.startsWith('::ffff:')) return address.replace(/^::ffff:/, '');
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** Who sent this request, for the feedback limit. */
export function visitorOf(request: Pick<FastifyRequest, 'ip' | 'headers'>, siteServers: ReadonlySet<string>): string {
  const named = request.headers[VISITOR_HEADER];
  const fromSite = siteServers.has(request.ip) && typeof named === 'string' && isIP(named.trim()) !== 0;
  return bucketOfAddress(fromSite ? named.trim() : request.ip);
}

export class FeedbackLimit {
  private readonly visitors: RateLimiterAbstract;
  private readonly everyone: RateLimiterAbstract;

  constructor(redis?: Redis, namespace = 'spik') {
    const make = ({ points, seconds }: { points: number; seconds: number }, name: string): RateLimiterAbstract => {
      const keyPrefix = `${namespace}:feedback:${name}`;
      const memory = new RateLimiterMemory({ points, duration: seconds, keyPrefix });
      return redis
        ? new RateLimiterRedis({ storeClient: redis, points, duration: seconds, keyPrefix, insuranceLimiter: memory, rejectIfRedisNotReady: true })
        : memory;
    };
    this.visitors = make(FEEDBACK_RATE.perVisitor, 'visitor');
    this.everyone = make(FEEDBACK_RATE.everyone, 'everyone');
  }

  /** Counts one message from `visitor`; the seconds to wait when it is one too many, else null. */
  async take(visitor: string): Promise<number | null> {
    try {
      await this.visitors.consume(visitor);
      await this.everyone.consume('all');
      return null;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    }
  }
}
