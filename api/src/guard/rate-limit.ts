import { errorReply } from '../errors/error-reply.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Actor } from '../auth/actor.js';

/**
 * Requests per second that each kind of caller may sustain, and the burst above that it may spend
 * over ten seconds: a steady rate plus a burst allowance, like a token bucket.
 */
export const RATE_LIMITS: Record<Actor['access'], { perSecond: number; burst: number }> = {
  ANONYMOUS: { perSecond: 10, burst: 50 },
  PARTNER: { perSecond: 30, burst: 150 },
  STAFF: { perSecond: 100, burst: 500 },
};

function limiterFor(access: Actor['access'], redis: Redis | undefined, namespace: string): BurstyRateLimiter {
  const { perSecond, burst } = RATE_LIMITS[access];
  const make = (points: number, duration: number, name: string): RateLimiterAbstract => {
    const keyPrefix = `${namespace}:rate:${access}:${name}`;
    const memory = new RateLimiterMemory({ points, duration, keyPrefix });
    // Several API instances share the counts in Redis; while Redis is unreachable each instance
    // falls back to counting on its own rather than refusing everyone.
    return redis ? new RateLimiterRedis({ storeClient: redis, points, duration, keyPrefix, insuranceLimiter: memory, rejectIfRedisNotReady: true }) : memory;
  };
  return new BurstyRateLimiter(make(perSecond, 1, 'steady'), make(burst, 10, 'burst'));
}

/** A keyed caller is limited per key, everyone else per client address. */
const bucketOf = (request: FastifyRequest) => (request.actor.access === 'ANONYMOUS' ? `ip:${request.ip}` : `key:${request.actor.name}`);

/**
 * Rate limits (429 with Retry-After) on the routes of the context this is registered in: the
 * GraphQL API, the exports and the import (http/server.ts). `exempt` lists client addresses that
 * are not limited: the site's server, whose visitors are limited at the site.
 */
export function registerRateLimit(
  app: FastifyInstance,
  { redis, exempt = [], namespace = 'spik' }: { redis?: Redis; exempt?: string[]; namespace?: string },
): void {
  const limiters = new Map((Object.keys(RATE_LIMITS) as Actor['access'][]).map((access) => [access, limiterFor(access, redis, namespace)]));
  const exemptAddresses = new Set(exempt);

  app.addHook('preHandler', async (request, reply) => {
    if (exemptAddresses.has(request.ip)) return;
    const limiter = limiters.get(request.actor.access)!;
    try {
      await limiter.consume(bucketOf(request));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      const { perSecond, burst } = RATE_LIMITS[request.actor.access];
      return reply
        .code(429)
        .header('retry-after', String(seconds))
        .header('content-type', 'application/json; charset=utf-8')
        .send(
          errorReply(
            'RATE_LIMITED',
            `Too many requests: the limit is ${perSecond} per second with bursts of ${burst} per 10 seconds ${request.actor.access === 'ANONYMOUS' ? 'per client address' : 'per API key'}. Try again in ${seconds} s. För många anrop.`,
            { limitPerSecond: perSecond, burst, retryAfterSeconds: seconds },
          ),
        );
    }
  });
}
