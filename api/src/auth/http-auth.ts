import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/orm.js';
import { type Actor, anonymous } from './actor.js';
import { verifyApiKey } from './api-keys.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

function presentedKey(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const apiKey = request.headers['x-api-key'];
  return typeof apiKey === 'string' ? apiKey.trim() : null;
}

/**
 * Resolves the caller before any handler runs. No key: anonymous. A bad or revoked key: 401 with
 * the reason, never a silent fall-back to anonymous data.
 */
export function registerApiKeyAuth(app: FastifyInstance, db: Database): void {
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (request, reply) => {
    request.actor = anonymous;
    const key = presentedKey(request);
    if (!key) return;
    const check = await verifyApiKey(db.em, key);
    if (!check.ok) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="spik"')
        .send({ errors: [{ message: `${check.reason} Ogiltig API-nyckel.`, extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    request.actor = { access: check.key.role, name: check.key.name };
  });
}
