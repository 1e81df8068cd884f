import type { FastifyRequest } from 'fastify';

/**
 * The route a request matched, as Fastify's router saw it: after percent-decoding and with the query
 * string gone, so `/%67raphql` is `/graphql`. Every guard and cache decides on this, never on the
 * raw `request.url`, which a client can spell many ways. Undefined when no route matched.
 */
export function matchedRoute(request: FastifyRequest): string | undefined {
  return request.routeOptions.url;
}

export const GRAPHQL_ROUTE = '/graphql';
