import { bilingual, errorReply } from '../errors/error-reply.js';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { randomUUID } from 'node:crypto';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerApiKeyAuth } from '../auth/http-auth.js';
import type { ContentGateway } from '../content/content-gateway.js';
import type { StrapiClient } from '../content/strapi-client.js';
import { DataVersion } from '../db/data-version.js';
import type { Database } from '../db/orm.js';
import type { ApiContext } from '../graphql/context.js';
import { buildApiSchema } from '../graphql/schema.js';
import { registerIndicatorExport } from '../indicators/csv-export.js';
import { registerJsonStatExport } from '../indicators/jsonstat-export.js';
import { findSnapshot } from '../reporting/snapshots.js';
import { type IndicatorOptions, IndicatorService } from '../indicators/indicator-service.js';
import { registerGraphiql } from './graphiql.js';
import { createContentLoaders } from '../content/loaders.js';
import { createIndicatorLoaders } from '../indicators/loaders.js';
import { registerCmsWebhook } from '../content/cms-webhook.js';
import { PurgeBroadcast } from '../content/purge-broadcast.js';
import { registerMediaProxy } from '../content/media-route.js';
import { registerResponseCache } from './response-cache.js';
// Staff writes: error format and CSV import (issue "Staff: writing data").
import { formatError } from '../errors/graphql-errors.js';
import { registerImportRoute } from '../project-data/import-route.js';
import type { Redis } from 'ioredis';
import type { TrustProxy } from '../config.js';
import { QUERY_LIMITS, queryCostLimit, queryLimitRules } from '../guard/query-limits.js';
import { registerRateLimit } from '../guard/rate-limit.js';
import { FeedbackLimit, visitorOf } from '../guard/feedback-limit.js';
import { CORRECTION_HEADER, correctionOf } from '../project-data/closed-after-end.js';
import { registerExecutionTimeout, registerRequestGuards } from '../guard/request-guards.js';
import { operationMetrics, registerMetrics } from '../metrics/metrics.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { WEBHOOK_SECRET_HEADER } from '@spik/shared';

export interface ServerDeps {
  db: Database;
  content: ContentGateway;
  strapi: StrapiClient;
  dataVersion?: DataVersion;
  indicatorOptions?: IndicatorOptions;
  /** Shared secret Strapi's webhook must send (CMS_WEBHOOK_SECRET); without it the webhook is refused. */
  webhookSecret?: string;
  /** Secret of the CMS's signed preview links (PREVIEW_SECRET). */
  previewSecret?: string;
  logger?: boolean;
  /** Shared state of several API instances (rate limits); each instance keeps its own without. */
  redis?: Redis;
  /** Prefix of this deployment's keys and channels in Redis (default "spik"). */
  redisNamespace?: string;
  /** Client addresses the rate limit does not apply to (the site's server). */
  rateLimitExempt?: string[];
  /** How long one GraphQL request may run (default QUERY_LIMITS.executionTimeoutMs). */
  executionTimeoutMs?: number;
  /** Browser origins allowed to call the API (CORS); none when empty. */
  corsOrigins?: string[];
  /** Behind a load balancer: the proxies whose X-Forwarded-* say who the client is (see config.ts). */
  trustProxy?: TrustProxy;
  /** Load the indicator facts at start, and report not ready until they are loaded (npm start, production). */
  warmUpIndicators?: boolean;
}

/**
 * Structured JSON logs with a request id. Keys, secrets and cookies are redacted; request bodies
 * (which may hold personal data) are never logged.
 */
const LOG_OPTIONS = {
  redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', `req.headers["${WEBHOOK_SECRET_HEADER}"]`, 'req.headers.cookie'], censor: '[redacted]' },
};

export async function createServer(deps: ServerDeps): Promise<FastifyInstance> {
  const { db, content, strapi, dataVersion = new DataVersion(), indicatorOptions, webhookSecret, previewSecret, logger = false } = deps;
  const app = Fastify({
    logger: logger ? LOG_OPTIONS : false,
    forceCloseConnections: 'idle',
    trustProxy: deps.trustProxy ?? false,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });
  // Graceful shutdown: requests in flight finish, and their connections close after the reply
  // instead of idling until the keep-alive timeout holds the shutdown up.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
    // HSTS only means something over TLS (behind a load balancer: X-Forwarded-Proto with trustProxy).
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
  // Security headers; GraphiQL sets its own Content-Security-Policy. Images are loaded by the site
  // from another origin, so resources may be embedded cross-origin.
  await app.register(fastifyHelmet, { contentSecurityPolicy: false, strictTransportSecurity: false, crossOriginResourcePolicy: { policy: 'cross-origin' } });
  await app.register(fastifyCors, { origin: deps.corsOrigins?.length ? deps.corsOrigins : false, methods: ['GET', 'POST'] });
  // Nothing internal leaves in a reply: a failure is logged with its request id and answered plainly.
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply
        .code(503)
        .header('retry-after', '10')
        .send(errorReply('DATA_UNAVAILABLE', bilingual('Projektets uppgifter är tillfälligt otillgängliga.', 'Project data is temporarily unavailable.')));
    }
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (status >= 500) {
      return reply.code(status).send(errorReply('INTERNAL_SERVER_ERROR', bilingual('Ett oväntat fel inträffade.', `An unexpected error occurred (request ${request.id}).`), { requestId: request.id }));
    }
    // Fastify's own 4xx errors (a malformed body, a bad header) say in English what was wrong.
    return reply.code(status).send(errorReply((error as { code?: string }).code ?? 'BAD_REQUEST', bilingual('Anropet kunde inte läsas.', error.message)));
  });
  registerApiKeyAuth(app, db);
  registerMetrics(app);
  registerExecutionTimeout(app, deps.executionTimeoutMs);
  registerRateLimit(app, { redis: deps.redis, exempt: deps.rateLimitExempt, namespace: deps.redisNamespace });
  registerRequestGuards(app);
  const indicators = new IndicatorService(db.em, dataVersion, indicatorOptions);
  const schema = await buildApiSchema();
  registerResponseCache(app, schema, indicators, content.cache);
  let warming: Promise<void> | null = null;
  const warmUpIndicators = () => {
    warming ??= indicators
      .warmUp()
      .then(
        (ms) => app.log.info({ event: 'indicator facts loaded', ms: Math.round(ms) }, 'indicator facts loaded'),
        (error: unknown) => app.log.warn({ err: error }, 'indicator warm-up failed; retried when the database answers'),
      )
      .finally(() => {
        warming = null;
      });
  };
  if (deps.warmUpIndicators) warmUpIndicators();

  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection: true,
    allowBatchedHttpRequests: true,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: queryLimitRules,
    includeStacktraceInErrorResponses: false,
    plugins: [
      queryCostLimit(schema),
      operationMetrics,
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginLandingPageDisabled(),
      {
        // Content served from the last good copy says so, so clients can show it is not fresh.
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
              if (response.body.kind === 'single' && contextValue.warnings?.size) {
                response.body.singleResult.extensions = {
                  ...response.body.singleResult.extensions,
                  warnings: [...contextValue.warnings].map((code) => ({ code, message: 'The CMS is unreachable; content is served from cache and may be out of date. Innehållet kan vara inaktuellt.' })),
                };
              }
            },
          };
        },
      },
    ],
    formatError, // staff writes: per-field errors in Swedish
  });
  await apollo.start();
  const feedbackLimit = new FeedbackLimit(deps.redis, deps.redisNamespace);
  const siteServers = new Set(deps.rateLimitExempt ?? []);
  await app.register(fastifyApollo(apollo), {
    context: async (request) => {
      const em = db.em.fork();
      const warnings = new Set<string>();
      const loaders = { ...createContentLoaders(content, (warning) => warnings.add(warning)), ...createIndicatorLoaders(em, () => indicators.release()) };
      return { em, content, actor: request.actor, dataVersion, indicators, loaders, warnings, previewSecret, visitor: visitorOf(request, siteServers), feedbackLimit, correction: correctionOf(request.headers[CORRECTION_HEADER]) };
    },
  });

  app.get('/healthz', { logLevel: 'warn' }, async () => ({ status: 'ok' }));
  // Ready when both dependencies answer; a load balancer takes the instance out while one does not.
  app.get('/readyz', { logLevel: 'warn' }, async (_request, reply) => {
    const [database, cms] = await Promise.all([
      db.em
        .fork()
        .getConnection()
        .execute('select 1')
        .then(() => true)
        .catch(() => false),
      strapi.isReachable(),
    ]);
    // A warm-up that failed (the database was down at start) is tried again once it answers.
    if (deps.warmUpIndicators && !indicators.loadedOnce && database) warmUpIndicators();
    const indicatorsReady = !deps.warmUpIndicators || indicators.loadedOnce;
    const ready = database && cms && indicatorsReady;
    return reply.code(ready ? 200 : 503).send({
      status: ready ? 'ready' : 'not ready',
      database: database ? 'ok' : 'unreachable',
      cms: cms ? 'ok' : 'unreachable',
      indicators: indicatorsReady ? 'ok' : 'loading',
    });
  });
  registerMediaProxy(app, strapi);
  const purges = new PurgeBroadcast(content.cache, deps.redis, `${deps.redisNamespace ?? 'spik'}:content-purge`, webhookSecret);
  await purges.start(
    (tags, purged) => app.log.info({ tags, purged }, 'purge from another instance'),
    (reason) => app.log.warn({ reason }, 'purge message dropped'),
  );
  app.addHook('onClose', () => purges.stop());
  registerCmsWebhook(app, purges, webhookSecret);
  registerIndicatorExport(app, indicators);
  registerJsonStatExport(app, indicators, (quarter) => findSnapshot(db.em.fork(), quarter).then((snapshot) => snapshot.dataset));
  registerImportRoute(app, { db, dataVersion }); // staff writes: POST /import/:kind
  registerGraphiql(app);
  return app;
}
