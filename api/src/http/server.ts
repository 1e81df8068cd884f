import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
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
import { registerErrorHandler } from './error-handler.js';
import { registerHealth } from './health.js';
import { registerResponseHeaders } from './response-headers.js';
import { staleContentWarnings } from '../graphql/stale-content-warnings.js';
import { IndicatorWarmUp } from '../indicators/warm-up.js';
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
import { REQUEST_ID_HEADER, requestIdOf, WEBHOOK_SECRET_HEADER } from '@spik/shared';

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
  redact: {
    paths: ['req.headers.authorization', 'req.headers["x-api-key"]', `req.headers["${WEBHOOK_SECRET_HEADER}"]`, 'req.headers.cookie'],
    censor: '[redacted]',
  },
};

export async function createServer(deps: ServerDeps): Promise<FastifyInstance> {
  const { db, content, strapi, dataVersion = new DataVersion(), indicatorOptions, webhookSecret, previewSecret, logger = false } = deps;
  const app = Fastify({
    logger: logger ? LOG_OPTIONS : false,
    forceCloseConnections: 'idle',
    trustProxy: deps.trustProxy ?? false,
    // A client's id is kept only in a safe shape (shared/src/request-id.ts); Fastify would take any.
    requestIdHeader: false,
    genReqId: (request) => requestIdOf(request.headers[REQUEST_ID_HEADER]),
  });
  registerResponseHeaders(app);
  // Security headers; GraphiQL sets its own Content-Security-Policy. Images are loaded by the site
  // from another origin, so resources may be embedded cross-origin.
  await app.register(fastifyHelmet, { contentSecurityPolicy: false, strictTransportSecurity: false, crossOriginResourcePolicy: { policy: 'cross-origin' } });
  await app.register(fastifyCors, { origin: deps.corsOrigins?.length ? deps.corsOrigins : false, methods: ['GET', 'POST'] });
  registerErrorHandler(app);
  registerApiKeyAuth(app, db);
  registerMetrics(app);
  const indicators = new IndicatorService(db.em, dataVersion, indicatorOptions);
  const schema = await buildApiSchema();
  const warmUp = new IndicatorWarmUp(indicators, app.log, deps.warmUpIndicators ?? false);
  warmUp.start();

  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection: true,
    allowBatchedHttpRequests: true,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: queryLimitRules,
    includeStacktraceInErrorResponses: false,
    plugins: [queryCostLimit(schema), operationMetrics, fastifyApolloDrainPlugin(app), ApolloServerPluginLandingPageDisabled(), staleContentWarnings],
    formatError, // staff writes: per-field errors in Swedish
  });
  await apollo.start();
  const feedbackLimit = new FeedbackLimit(deps.redis, deps.redisNamespace);
  const siteServers = new Set(deps.rateLimitExempt ?? []);
  // The routes partners call, each request counted against its caller's rate limit; GraphQL's own
  // guards and response cache are registered with /graphql alone. Fastify's encapsulation scopes
  // every hook to the routes of its context, so no hook has to recognise a URL.
  await app.register(async (limited) => {
    registerRateLimit(limited, { redis: deps.redis, exempt: deps.rateLimitExempt, namespace: deps.redisNamespace });
    await limited.register(async (graphql) => {
      registerExecutionTimeout(graphql, deps.executionTimeoutMs);
      registerRequestGuards(graphql);
      registerResponseCache(graphql, schema, indicators, content.cache);
      await graphql.register(fastifyApollo(apollo), {
        context: async (request) => {
          const em = db.em.fork();
          const warnings = new Set<string>();
          const loaders = { ...createContentLoaders(content, (warning) => warnings.add(warning)), ...createIndicatorLoaders(em, () => indicators.release()) };
          return {
            em,
            content,
            actor: request.actor,
            dataVersion,
            indicators,
            loaders,
            warnings,
            previewSecret,
            visitor: visitorOf(request, siteServers),
            feedbackLimit,
            correction: correctionOf(request.headers[CORRECTION_HEADER]),
          };
        },
      });
    });
    registerIndicatorExport(limited, indicators);
    registerJsonStatExport(limited, indicators, (quarter) => findSnapshot(db.em.fork(), quarter).then((snapshot) => snapshot.dataset));
    registerImportRoute(limited, { db, dataVersion }); // staff writes: POST /import/:kind
  });

  registerHealth(app, {
    database: () =>
      db.em
        .fork()
        .getConnection()
        .execute('select 1')
        .then(() => true),
    cms: () => strapi.isReachable(),
    indicators: (databaseAnswers) => warmUp.ready(databaseAnswers),
  });
  registerMediaProxy(app, strapi);
  const purges = new PurgeBroadcast(content.cache, deps.redis, `${deps.redisNamespace ?? 'spik'}:content-purge`, webhookSecret);
  await purges.start(
    (tags, purged) => app.log.info({ tags, purged }, 'purge from another instance'),
    (reason) => app.log.warn({ reason }, 'purge message dropped'),
  );
  app.addHook('onClose', () => purges.stop());
  registerCmsWebhook(app, purges, webhookSecret);
  registerGraphiql(app);
  return app;
}
