import type { FastifyInstance } from 'fastify';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { IndicatorService } from '../indicators/indicator-service.js';
import { cacheLookups } from './metrics.js';

declare module 'fastify' {
  interface FastifyRequest {
    responseCacheKey?: string;
  }
}

/** Root fields whose answers depend only on the project data, hence on the data version. */
const VERSIONED_ROOT_FIELDS = new Set(['project', 'indicators', '__typename']);

/**
 * Whole-response cache for queries that read only project data: partners and the site ask the same
 * few questions again and again, and a reply can only change when the data version moves
 * (docs/decisions/0014-indicator-facts.md). A hit skips GraphQL execution altogether.
 */
export function registerResponseCache(app: FastifyInstance, indicators: IndicatorService): void {
  const responses = new LRUCache<string, string>({ max: 5000, maxSize: 64 * 2 ** 20, sizeCalculation: (value) => value.length || 1 });
  const versionedQueries = new LRUCache<string, boolean>({ max: 5000 });

  const onlyVersionedFields = (query: string): boolean => {
    let answer = versionedQueries.get(query);
    if (answer === undefined) {
      try {
        const operations = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
        answer =
          operations.length === 1 &&
          operations[0]!.operation === 'query' &&
          operations[0]!.selectionSet.selections.every((s) => s.kind === Kind.FIELD && VERSIONED_ROOT_FIELDS.has(s.name.value));
      } catch {
        answer = false;
      }
      versionedQueries.set(query, answer);
    }
    return answer;
  };

  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST' || request.url !== '/graphql') return;
    const body = request.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    if (typeof body?.query !== 'string' || !onlyVersionedFields(body.query)) return;
    // Without a data version (the database is unreachable) there is nothing safe to serve from here.
    const version = await indicators.version().catch(() => null);
    if (version === null) return;
    const key = JSON.stringify([request.actor.access, version, body.query, body.variables ?? null, body.operationName ?? null]);
    const cached = responses.get(key);
    cacheLookups.inc({ cache: 'response', result: cached === undefined ? 'miss' : 'hit' });
    if (cached !== undefined) {
      return reply.header('content-type', 'application/json; charset=utf-8').header('x-response-cache', 'hit').send(cached);
    }
    request.responseCacheKey = key;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    // Errors are not cached: they may be about the caller (access) or transient.
    if (request.responseCacheKey && reply.statusCode === 200 && typeof payload === 'string' && !payload.includes('"errors"')) {
      responses.set(request.responseCacheKey, payload);
    }
    return payload;
  });
}
