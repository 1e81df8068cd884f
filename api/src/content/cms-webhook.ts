import { bilingual, errorReply } from '../errors/error-reply.js';
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { PurgeBroadcast } from './purge-broadcast.js';
import { CONTENT_TAGS, type ContentTag, SHOWN_IN, SHOWS_IMAGES, WEBHOOK_SECRET_HEADER } from '@spik/shared';

const isContentTag = (model: string): model is ContentTag => (CONTENT_TAGS as readonly string[]).includes(model);

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
    // Media events carry no model: image URLs may be anywhere, so everything that shows one goes.
    // A model the API never reads (feedback, the sync's status) tags nothing it caches.
    const tags: readonly string[] = !model ? SHOWS_IMAGES : isContentTag(model) ? [model, ...(SHOWN_IN[model] ?? [])] : [model];
    const purged = await purges.purge(tags);
    request.log.info({ event: request.body?.event, model, purged }, 'cms webhook');
    return { purged, tags };
  });
}
