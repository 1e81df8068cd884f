import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerApiKeyAuth } from '../auth/http-auth.js';
import type { ContentGateway } from '../content/content-gateway.js';
import type { StrapiClient } from '../content/strapi-client.js';
import { DataVersion } from '../db/data-version.js';
import type { Database } from '../db/orm.js';
import type { ApiContext } from '../graphql/context.js';
import { buildApiSchema } from '../graphql/schema.js';
import { registerMediaProxy } from './media.js';

export interface ServerDeps {
  db: Database;
  content: ContentGateway;
  strapi: StrapiClient;
  dataVersion?: DataVersion;
  logger?: boolean;
}

export async function createServer({ db, content, strapi, dataVersion = new DataVersion(), logger = false }: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger, forceCloseConnections: 'idle' });
  registerApiKeyAuth(app, db);

  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    introspection: true,
    plugins: [fastifyApolloDrainPlugin(app)],
  });
  await apollo.start();
  await app.register(fastifyApollo(apollo), {
    context: async (request) => ({ em: db.em.fork(), content, actor: request.actor, dataVersion }),
  });

  app.get('/healthz', { logLevel: 'warn' }, async () => ({ status: 'ok' }));
  registerMediaProxy(app, strapi);
  return app;
}
