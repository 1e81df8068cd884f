/**
 * Test plumbing for the API: a database per test file on every driver we support, a real
 * Strapi when a test needs content, and the API listening on a free port.
 */
import type { FastifyInstance } from 'fastify';
import { freePort } from '../../scripts/lib/processes.mjs';
export { startTestCms } from '../../testing/services.mjs';
import { ContentCache } from '../src/content/content-cache.js';
import { ContentGateway } from '../src/content/content-gateway.js';
import { StrapiClient } from '../src/content/strapi-client.js';
import { Role } from '../src/auth/api-key.entity.js';
import { createApiKey } from '../src/auth/api-keys.js';
import { DataVersion } from '../src/db/data-version.js';
import type { Database } from '../src/db/orm.js';
export { type DriverUnderTest, drivers } from './drivers.js';
import { createServer, type ServerDeps } from '../src/http/server.js';
import { seedOrganisations } from '../src/project-data/organisations.seed.js';
import { seedProject } from '../src/project-data/project.seed.js';
import type { IndicatorOptions } from '../src/indicators/indicator-service.js';

export interface RunningApi {
  app: FastifyInstance;
  /** The API's CMS client; `calls` counts requests to Strapi. */
  strapi: StrapiClient;
  url: string;
  /** POSTs a GraphQL request, with `key` as bearer token when given. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    key?: string,
  ): Promise<{
    data?: T;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: { warnings?: { code: string; message: string }[] };
  }>;
}

/** The API on a free port, migrated and seeded, talking to `cms` (or to nothing). */
export async function startTestApi(
  db: Database,
  cms?: { url: string; token: string },
  dataVersion = new DataVersion(),
  indicatorOptions?: IndicatorOptions,
  options: {
    contentFreshMs?: number;
    cmsTimeoutMs?: number;
    webhookSecret?: string;
    executionTimeoutMs?: number;
    redis?: ServerDeps['redis'];
    redisNamespace?: string;
    rateLimitExempt?: string[];
    warmUpIndicators?: boolean;
    trustProxy?: ServerDeps['trustProxy'];
  } = {},
): Promise<RunningApi> {
  await db.migrate();
  await seedProject(db.em);
  await seedOrganisations(db.em);
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const strapi = new StrapiClient({ baseUrl: cms?.url ?? 'http://127.0.0.1:9', token: cms?.token ?? '', timeoutMs: options.cmsTimeoutMs });
  const content = new ContentGateway(strapi, publicUrl, new ContentCache(options.contentFreshMs));
  const app = await createServer({
    db,
    strapi,
    content,
    dataVersion,
    indicatorOptions,
    webhookSecret: options.webhookSecret,
    executionTimeoutMs: options.executionTimeoutMs,
    redis: options.redis,
    redisNamespace: options.redisNamespace,
    rateLimitExempt: options.rateLimitExempt,
    warmUpIndicators: options.warmUpIndicators,
    trustProxy: options.trustProxy,
  });
  await app.listen({ host: '127.0.0.1', port });
  return {
    app,
    strapi,
    url: publicUrl,
    async graphql(query, variables, key) {
      const response = await fetch(`${publicUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: never; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    },
  };
}

/** A fresh key of each access level, as the key CLI would create them. */
export async function createTestKeys(db: Database): Promise<{ partner: string; staff: string }> {
  const partner = await createApiKey(db.em, 'Test Partner', Role.PARTNER);
  const staff = await createApiKey(db.em, 'Test Staff', Role.STAFF);
  return { partner: partner.key, staff: staff.key };
}
