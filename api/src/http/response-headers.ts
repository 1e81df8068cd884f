import type { FastifyInstance } from 'fastify';

/**
 * Headers every reply carries: its request id (also in the logs), `Connection: close` once the
 * server is shutting down, so requests in flight finish and their connections do not idle until
 * the keep-alive timeout holds the shutdown up, and HSTS, which only means something over TLS
 * (behind a load balancer: X-Forwarded-Proto with trustProxy).
 */
export function registerResponseHeaders(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
}
