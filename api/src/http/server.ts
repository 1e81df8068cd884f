import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ContentGateway } from '../content/content-gateway.js';
import type { StrapiClient } from '../content/strapi-client.js';
import type { Database } from '../db/orm.js';
import type { ApiContext } from '../graphql/context.js';
import { buildApiSchema } from '../graphql/schema.js';

export interface ServerDeps {
  db: Database;
  content: ContentGateway;
  strapi: StrapiClient;
  logger?: boolean;
}

export async function createServer({ db, content, strapi, logger = false }: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger, forceCloseConnections: 'idle' });
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    introspection: true,
    plugins: [fastifyApolloDrainPlugin(app), ApolloServerPluginLandingPageLocalDefault({ embed: false })],
  });
  await apollo.start();

  await app.register(fastifyApollo(apollo), {
    // A fresh identity map per request: entities never leak between requests.
    context: async () => ({ em: db.em.fork(), content }),
  });

  app.get('/healthz', async () => ({ status: 'ok' }));

  // Visitors load images from the API, never from the CMS (docs/decisions/0007-media-through-api.md).
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

  return app;
}
