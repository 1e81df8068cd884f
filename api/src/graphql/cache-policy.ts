import type { GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * How long the API may reuse a whole reply, declared on each root query field beside its resolver
 * (decisions 0014, 0016) and read by http/response-cache.ts:
 * - `versioned`: the answer depends on the project data only, so it holds until the data version moves;
 * - `content`: it also shows CMS content, so it holds until a purge or until the CMS answer expires.
 * A root field without a policy (previews, the audit log, frozen quarters) is never cached.
 */
export type ResponseCachePolicy = 'versioned' | 'content';

export const cachedUntil = (policy: ResponseCachePolicy): MethodDecorator & PropertyDecorator & ClassDecorator => Extensions({ responseCache: policy });

/** The policy declared on a root query field, or null (also for unknown fields). */
export function responseCachePolicyOf(schema: GraphQLSchema, rootField: string): ResponseCachePolicy | null {
  if (rootField === '__typename') return 'versioned';
  const policy = schema.getQueryType()?.getFields()[rootField]?.extensions?.responseCache;
  return policy === 'versioned' || policy === 'content' ? policy : null;
}
