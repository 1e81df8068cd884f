import type { FastifyInstance } from 'fastify';
import type { StrapiClient } from '../content/strapi-client.js';

/** Visitors load images from the API, never from the CMS (docs/decisions/0007-media-through-api.md). */
export function registerMediaProxy(app: FastifyInstance, strapi: StrapiClient): void {
  app.get<{ Params: { '*': string } }>('/media/*', async (request, reply) => {
    const file = request.params['*'];
    if (!/^[\w.-]+$/.test(file)) return reply.code(404).send({ error: 'not found' });
    let upstream: Response;
    try {
      upstream = await strapi.upload(file);
    } catch {
      return reply.code(503).send({ error: 'media temporarily unavailable' });
    }
    if (!upstream.ok || !upstream.body) {
      await upstream.body?.cancel();
      return reply.code(upstream.status === 404 ? 404 : 502).send({ error: 'media unavailable' });
    }
    // Strapi names uploads with a content hash, so a URL's bytes never change.
    return reply
      .header('content-type', upstream.headers.get('content-type') ?? 'application/octet-stream')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(Buffer.from(await upstream.arrayBuffer()));
  });
}
