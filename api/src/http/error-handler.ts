import type { FastifyInstance } from 'fastify';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { bilingual, errorReply } from '../errors/error-reply.js';

/**
 * Nothing internal leaves in a reply: a failure is logged with its request id and answered
 * plainly, in the one error shape of every REST door; an unreachable database is a 503 the
 * client may retry.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply
        .code(503)
        .header('retry-after', '10')
        .send(errorReply('DATA_UNAVAILABLE', bilingual('Projektets uppgifter är tillfälligt otillgängliga.', 'Project data is temporarily unavailable.')));
    }
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(status).send(
        errorReply('INTERNAL_SERVER_ERROR', bilingual('Ett oväntat fel inträffade.', `An unexpected error occurred (request ${request.id}).`), {
          requestId: request.id,
        }),
      );
    }
    // Fastify's own 4xx errors (a malformed body, a bad header) say in English what was wrong.
    return reply.code(status).send(errorReply(error.code ?? 'BAD_REQUEST', bilingual('Anropet kunde inte läsas.', error.message)));
  });
}
