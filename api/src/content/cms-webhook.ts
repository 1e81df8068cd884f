import { bilingual, errorReply } from '../errors/error-reply.js';
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { PurgeBroadcast } from './purge-broadcast.js';
import { WEBHOOK_SECRET_HEADER } from '@spik/shared';

/** Content types whose answers embed another's data: a change to the key purges the values too. */
const EMBEDDED_IN: Record<string, string[]> = { 'organisation-profile': ['news-item', 'contact-person'] };

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Strapi calls this after every publish, unpublish, update or delete (docs/decisions/0016-content-cache.md);
 * the API purges the cached answers of that content type so the next request fetches it fresh.
 */
export function registerCmsWebhook(app: FastifyInstance, purges: PurgeBroadcast, secret: string | undefined): void {
  app.post<{ Body: { event?: string; model?: string } }>('/webhooks/cms', { logLevel: 'info' }, async (request, reply) => {
    const given = request.headers[WEBHOOK_SECRET_HEADER];
    if (!secret || typeof given !== 'string' || !sameSecret(given, secret)) {
      return reply.code(401).send(errorReply('UNAUTHENTICATED', bilingual('Fel eller saknad webhookhemlighet.', 'Wrong or missing webhook secret.')));
    }
    const model = request.body?.model;
    // Media events carry no model: image URLs may be anywhere, so everything goes.
    const tags = model ? [model, ...(EMBEDDED_IN[model] ?? [])] : ['news-item', 'course', 'organisation-profile', 'contact-person'];
    const purged = await purges.purge(tags);
    request.log.info({ event: request.body?.event, model, purged }, 'cms webhook');
    return { purged, tags };
  });
}
