import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerApiKeyAuth } from '../auth/http-auth.js';
import type { ContentGateway } from '../content/content-gateway.js';
import type { StrapiClient } from '../content/strapi-client.js';
import { DataVersion } from '../db/data-version.js';
import type { Database } from '../db/orm.js';
import type { ApiContext } from '../graphql/context.js';
import { buildApiSchema } from '../graphql/schema.js';
import { registerIndicatorExport } from '../indicators/csv-export.js';
import { type IndicatorOptions, IndicatorService } from '../indicators/indicator-service.js';
import { registerGraphiql } from './graphiql.js';
import { createLoaders } from '../graphql/loaders.js';
import { registerCmsWebhook } from './cms-webhook.js';
import { registerMediaProxy } from './media.js';
import { registerResponseCache } from './response-cache.js';
// Staff writes: error format and CSV import (issue "Staff: writing data").
import { formatError } from '../graphql/errors.js';
import { registerImportRoute } from './import-route.js';

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
}

export async function createServer({ db, content, strapi, dataVersion = new DataVersion(), indicatorOptions, webhookSecret, previewSecret, logger = false }: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger, forceCloseConnections: 'idle' });
  registerApiKeyAuth(app, db);
  const indicators = new IndicatorService(db.em, dataVersion, indicatorOptions);
  registerResponseCache(app, indicators);

  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    introspection: true,
    plugins: [
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
  await app.register(fastifyApollo(apollo), {
    context: async (request) => {
      const em = db.em.fork();
      const warnings = new Set<string>();
      const loaders = createLoaders(content, em, indicators.threshold, (warning) => warnings.add(warning));
      return { em, content, actor: request.actor, dataVersion, indicators, loaders, warnings, previewSecret };
    },
  });

  app.get('/healthz', { logLevel: 'warn' }, async () => ({ status: 'ok' }));
  registerMediaProxy(app, strapi);
  registerCmsWebhook(app, content, webhookSecret);
  registerIndicatorExport(app, indicators);
  registerImportRoute(app, { db, dataVersion }); // staff writes: POST /import/:kind
  registerGraphiql(app);
  return app;
}
