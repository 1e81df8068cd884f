import type { FastifyInstance } from 'fastify';
import { type FragmentDefinitionNode, type GraphQLSchema, Kind, type OperationDefinitionNode, parse, type SelectionSetNode } from 'graphql';
import { responseCachePolicyOf } from '../graphql/cache-policy.js';
import type { ContentCache } from '../content/content-cache.js';
import { LRUCache } from 'lru-cache';
import type { IndicatorService } from '../indicators/indicator-service.js';
import { cacheLookups } from '../metrics/metrics.js';

declare module 'fastify' {
  interface FastifyRequest {
    responseCacheKey?: string;
    /** How long the reply may be reused: CMS answers expire, project data only moves by version. */
    responseCacheTtl?: number;
  }
}

type Cacheability = 'versioned' | 'content' | 'no';

/** The root field names of an operation, with fragments at the root expanded. */
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return ['(unknown)'];
    return rootFields(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]));
  });
}

/**
 * Whole-response cache for the questions partners and the site ask again and again
 * (docs/decisions/0014-indicator-facts.md, 0016-content-cache.md), as each root field declares it
 * (graphql/cache-policy.ts). A reply from project data can
 * only change when the data version moves; one that also shows CMS content, when a purge moves the
 * content generation or its CMS answers expire. Previews, the audit log and mutations are never
 * cached, nor replies with errors or stale content. A hit skips GraphQL execution altogether.
 */
export function registerResponseCache(app: FastifyInstance, schema: GraphQLSchema, indicators: IndicatorService, content: ContentCache): void {
  const responses = new LRUCache<string, string>({ max: 5000, maxSize: 64 * 2 ** 20, sizeCalculation: (value) => value.length || 1 });
  const cacheability = new LRUCache<string, Cacheability>({ max: 5000 });

  const cacheabilityOf = (query: string): Cacheability => {
    let answer = cacheability.get(query);
    if (answer === undefined) {
      try {
        const document = parse(query);
        const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
        const fragments = new Map(
          document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
        );
        const fields =
          operations.length === 1 && operations[0]!.operation === 'query' ? rootFields(operations[0]!.selectionSet, fragments) : ['(not one query)'];
        // The policies each root field declares (graphql/cache-policy.ts): one without any makes the reply uncacheable.
        const policies = fields.map((field) => responseCachePolicyOf(schema, field));
        if (policies.every((policy) => policy === 'versioned')) answer = 'versioned';
        else if (policies.every((policy) => policy !== null)) answer = 'content';
        else answer = 'no';
      } catch {
        answer = 'no';
      }
      cacheability.set(query, answer);
    }
    return answer;
  };

  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST') return;
    const body = request.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    if (typeof body?.query !== 'string') return;
    const kind = cacheabilityOf(body.query);
    if (kind === 'no') return;
    // Without a data version (the database is unreachable) there is nothing safe to serve from here.
    const version = await indicators.version().catch(() => null);
    if (version === null) return;
    const generation = kind === 'content' ? content.generation : null;
    const key = JSON.stringify([request.actor.access, version, generation, body.query, body.variables ?? null, body.operationName ?? null]);
    const cached = responses.get(key);
    cacheLookups.inc({ cache: 'response', result: cached === undefined ? 'miss' : 'hit' });
    if (cached !== undefined) {
      return reply.header('content-type', 'application/json; charset=utf-8').header('x-response-cache', 'hit').send(cached);
    }
    request.responseCacheKey = key;
    request.responseCacheTtl = kind === 'content' ? content.freshMs : undefined;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    // Errors are not cached: they may be about the caller (access) or transient; nor is content
    // served stale while the CMS is unreachable.
    if (
      request.responseCacheKey &&
      reply.statusCode === 200 &&
      typeof payload === 'string' &&
      !payload.includes('"errors"') &&
      !payload.includes('"warnings"')
    ) {
      responses.set(request.responseCacheKey, payload, { ttl: request.responseCacheTtl });
    }
    return payload;
  });
}
