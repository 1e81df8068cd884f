import { bilingual, errorReply } from '../errors/error-reply.js';
import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { Kind, parse } from 'graphql';
import { trustedDocuments } from '@spik/shared';

/**
 * Prometheus metrics of the API process, at GET /metrics (staff key, or from this machine):
 * request rate and latency by route and by GraphQL operation, trusted versus free documents, cache
 * hits of the content and response caches, and the CMS's latency and failures.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'spik_api_' });

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpRequestDuration = new Histogram({
  name: 'spik_http_request_duration_seconds',
  help: 'HTTP requests by method, route and status; _count is the request rate.',
  labelNames: ['method', 'route', 'status'],
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});
export const graphqlOperationDuration = new Histogram({
  name: 'spik_graphql_operation_duration_seconds',
  help: 'GraphQL operations by name (the site\'s operations; other names as "other"), from parsing to the response.',
  labelNames: ['operation', 'outcome'],
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});
export const graphqlDocuments = new Counter({
  name: 'spik_graphql_documents_total',
  help: 'GraphQL requests by whether they named a trusted document or sent query text.',
  labelNames: ['kind'],
  registers: [registry],
});
export const cacheLookups = new Counter({
  name: 'spik_cache_lookups_total',
  help: 'Cache lookups by cache (content, response) and result (hit, miss, stale); hit ratio = hit / all.',
  labelNames: ['cache', 'result'],
  registers: [registry],
});
export const cmsRequestDuration = new Histogram({
  name: 'spik_cms_request_duration_seconds',
  help: 'Calls to the CMS by outcome (ok, error, timeout); _count by outcome gives the error rate.',
  labelNames: ['outcome'],
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

/** The names of the site's operations (the trusted documents): the only names a metric label takes. */
const KNOWN_OPERATIONS: ReadonlySet<string> = new Set(
  [...trustedDocuments().values()].flatMap((text) =>
    parse(text).definitions.flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [])),
  ),
);

/**
 * The label of an operation: its name when it is one of the site's, else "other" ("anonymous"
 * when it has none). A client names its operations freely; a label per name would let anyone
 * create time series without end.
 */
export const operationLabel = (name: string | null | undefined): string => (!name ? 'anonymous' : KNOWN_OPERATIONS.has(name) ? name : 'other');

/** Times each GraphQL operation under its label. */
export const operationMetrics: ApolloServerPlugin = {
  async requestDidStart() {
    const started = process.hrtime.bigint();
    return {
      async willSendResponse({ operationName, response }) {
        const failed = response.body.kind === 'single' && Boolean(response.body.singleResult.errors?.length);
        graphqlOperationDuration.observe(
          { operation: operationLabel(operationName), outcome: failed ? 'error' : 'ok' },
          Number(process.hrtime.bigint() - started) / 1e9,
        );
      },
    };
  },
};

const isLoopback = (ip: string) => ip === '127.0.0.1' || ip === '::1' || ip === '::ffff:127.0.0.1';

export function registerMetrics(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    httpRequestDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    if (route === '/graphql' && request.method === 'POST') graphqlDocuments.inc({ kind: request.trustedDocument ? 'trusted' : 'free' });
  });
  app.get('/metrics', { logLevel: 'warn' }, async (request, reply) => {
    if (request.actor.access !== 'STAFF' && !isLoopback(request.ip)) {
      return reply
        .code(403)
        .send(
          errorReply(
            'FORBIDDEN',
            bilingual(
              'Mätvärdena kräver en API-nyckel med personalbehörighet eller ett anrop från samma maskin.',
              'Metrics need a staff API key or a request from this machine.',
            ),
          ),
        );
    }
    return reply.header('content-type', registry.contentType).send(await registry.metrics());
  });
}
