import { bilingual, errorReply } from '../errors/error-reply.js';
import type { FastifyInstance } from 'fastify';
import type { StrapiClient } from './strapi-client.js';

/**
 * The only types shown inline: raster images (and PDF, which editors attach). Anything else, SVG
 * above all, could carry script that would run on the API's origin, where partners paste their
 * keys into GraphiQL: it is sent as a download instead. The CMS refuses other uploads too
 * (cms/config/plugins.ts); this holds for files uploaded before that, or past it.
 */
const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf']);

/** Visitors load images from the API, never from the CMS (docs/decisions/0007-media-through-api.md). */
export function registerMediaProxy(app: FastifyInstance, strapi: StrapiClient): void {
  app.get<{ Params: { '*': string } }>('/media/*', async (request, reply) => {
    const file = request.params['*'];
    if (!/^[\w.-]+$/.test(file)) return reply.code(404).send(errorReply('NOT_FOUND', bilingual('Filen finns inte.', 'No such file.')));
    let upstream: Response;
    try {
      upstream = await strapi.upload(file);
    } catch {
      return reply.code(503).send(errorReply('MEDIA_UNAVAILABLE', bilingual('Bilden kan inte hämtas just nu.', 'Media is temporarily unavailable.')));
    }
    if (!upstream.ok || !upstream.body) {
      await upstream.body?.cancel();
      return reply
        .code(upstream.status === 404 ? 404 : 502)
        .send(
          upstream.status === 404
            ? errorReply('NOT_FOUND', bilingual('Filen finns inte.', 'No such file.'))
            : errorReply('MEDIA_UNAVAILABLE', bilingual('Bilden kan inte hämtas.', 'Media is unavailable.')),
        );
    }
    const type = (upstream.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const inline = INLINE_TYPES.has(type);
    // The URLs the API hands out carry the file's version (content/image.ts), so a URL's bytes never change.
    return reply
      .header('content-type', inline ? type : 'application/octet-stream')
      .header('content-disposition', inline ? 'inline' : `attachment; filename="${file}"`)
      .header('content-security-policy', "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(Buffer.from(await upstream.arrayBuffer()));
  });
}
