import { errorReply } from '../errors/error-reply.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Database } from '../db/orm.js';
import { type Actor, anonymous } from './actor.js';
import { verifyApiKey } from './api-keys.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

/** Failed key checks each client address may make per minute before it is told to wait. */
export const KEY_FAILURES_PER_MINUTE = 10;

type Presented = { key: string } | { problem: string } | null;

/**
 * The key a request presents. `Authorization: Bearer <key>` (the scheme in any case, RFC 9110) or
 * `X-API-Key: <key>`. Anything else in Authorization is a problem to report, never a silent
 * anonymous request.
 */
function presentedKey(request: FastifyRequest): Presented {
  const header = request.headers.authorization?.trim();
  if (header) {
    const bearer = /^bearer\s+(\S+)$/i.exec(header);
    if (bearer) return { key: bearer[1]! };
    const bare = /^spik_\S+$/.test(header);
    return {
      problem: bare
        ? 'The Authorization header holds a key without its scheme: send "Authorization: Bearer spik_…".'
        : 'The Authorization header must be "Bearer spik_…"; no other scheme is accepted.',
    };
  }
  const apiKey = request.headers['x-api-key'];
  return typeof apiKey === 'string' && apiKey.trim() ? { key: apiKey.trim() } : null;
}

const unauthorized = (reply: FastifyReply, reason: string) =>
  reply
    .code(401)
    .header('www-authenticate', 'Bearer realm="spik"')
    .send(errorReply('UNAUTHENTICATED', `${reason} Ogiltig API-nyckel.`));

/**
 * Resolves the caller before any handler runs. No key: anonymous. A bad or revoked key: 401 with
 * the reason, never a silent fall-back to anonymous data. Failed checks are counted per client
 * address, and past the limit the address is refused before any lookup, so a stream of made-up
 * keys costs us next to nothing.
 */
export function registerApiKeyAuth(app: FastifyInstance, db: Database): void {
  const failures = new RateLimiterMemory({ points: KEY_FAILURES_PER_MINUTE, duration: 60, keyPrefix: 'key-failures' });
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (request, reply) => {
    request.actor = anonymous;
    const presented = presentedKey(request);
    if (!presented) return;
    const spent = await failures.get(request.ip);
    if (spent && spent.consumedPoints >= KEY_FAILURES_PER_MINUTE) {
      const seconds = Math.max(1, Math.ceil(spent.msBeforeNext / 1000));
      return reply
        .code(429)
        .header('retry-after', String(seconds))
        .send(
          errorReply(
            'RATE_LIMITED',
            `Too many failed API key checks from this address (limit ${KEY_FAILURES_PER_MINUTE} a minute). Try again in ${seconds} s. För många felaktiga API-nycklar.`,
            { retryAfterSeconds: seconds },
          ),
        );
    }
    const check = 'key' in presented ? await verifyApiKey(db.em, presented.key) : { ok: false as const, reason: presented.problem };
    if (!check.ok) {
      await failures.penalty(request.ip, 1);
      return unauthorized(reply, check.reason);
    }
    request.actor = { access: check.key.role, name: check.key.name };
  });
}
