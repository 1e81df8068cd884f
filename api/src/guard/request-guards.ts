import { errorReply } from '../errors/error-reply.js';
import { trustedDocuments } from '@spik/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { QUERY_LIMITS } from './query-limits.js';

interface GraphqlBody {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
}

function refuse(reply: FastifyReply, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return reply
    .code(status)
    .header('content-type', 'application/json; charset=utf-8')
    .send(errorReply(code, message, extra));
}

/**
 * What /graphql checks before GraphQL sees a request (registered with that route alone, http/server.ts): the size of the batch and of each query, and
 * trusted documents. The site sends only `documentId` ("sha256:…" of one of shared/operations, or
 * Apollo's `extensions.persistedQuery.sha256Hash`); the API runs the text it already holds for it,
 * so the public site never sends query text (docs/decisions/0019-query-limits.md).
 */
export function registerRequestGuards(app: FastifyInstance): void {
  const trusted = trustedDocuments();

  app.addHook('preHandler', async (request, reply) => {
    if (request.method === 'GET') {
      const query = (request.query as { query?: unknown }).query;
      if (typeof query === 'string' && query.length > QUERY_LIMITS.maxQueryLength) {
        return refuse(reply, 413, 'QUERY_TOO_LARGE', `The query text is too long (limit ${QUERY_LIMITS.maxQueryLength} characters, found ${query.length}).`, {
          limit: QUERY_LIMITS.maxQueryLength,
          found: query.length,
        });
      }
      return;
    }
    if (request.method !== 'POST') return;
    const operations: unknown[] = Array.isArray(request.body) ? request.body : [request.body];
    if (operations.length > QUERY_LIMITS.maxBatch) {
      return refuse(reply, 400, 'BATCH_TOO_LARGE', `Too many operations in one batched request (limit ${QUERY_LIMITS.maxBatch}, found ${operations.length}).`, {
        limit: QUERY_LIMITS.maxBatch,
        found: operations.length,
      });
    }
    for (const operation of operations) {
      if (!operation || typeof operation !== 'object') continue;
      const body = operation as GraphqlBody;
      const hash = body.extensions?.persistedQuery?.sha256Hash;
      const id = typeof body.documentId === 'string' ? body.documentId : typeof hash === 'string' ? `sha256:${hash}` : null;
      if (id !== null && body.query === undefined) {
        const text = trusted.get(id);
        if (!text) return refuse(reply, 400, 'PERSISTED_QUERY_NOT_FOUND', `No trusted document has the id "${id.slice(0, 80)}"; send the query text instead.`);
        body.query = text;
        delete body.documentId;
        if (body.extensions) delete body.extensions.persistedQuery;
        request.trustedDocument = true;
      }
      if (typeof body.query === 'string' && body.query.length > QUERY_LIMITS.maxQueryLength) {
        return refuse(
          reply,
          413,
          'QUERY_TOO_LARGE',
          `The query text is too long (limit ${QUERY_LIMITS.maxQueryLength} characters, found ${body.query.length}).`,
          { limit: QUERY_LIMITS.maxQueryLength, found: body.query.length },
        );
      }
    }
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    /** True when the request named a trusted document instead of sending query text. */
    trustedDocument?: boolean;
  }
}

/**
 * Answers a GraphQL request that is still running after the limit with EXECUTION_TIMEOUT, so slow
 * dependencies cannot pile requests up; whatever was still running is discarded.
 */
export function registerExecutionTimeout(app: FastifyInstance, timeoutMs: number = QUERY_LIMITS.executionTimeoutMs): void {
  app.addHook('onRequest', async (request, reply) => {
    const timer = setTimeout(() => {
      if (reply.sent) return;
      request.log.warn({ event: 'execution timeout', timeoutMs }, 'graphql request timed out');
      void refuse(reply, 503, 'EXECUTION_TIMEOUT', `The request took longer than the limit of ${timeoutMs} ms and was stopped.`, { limit: timeoutMs });
    }, timeoutMs);
    timer.unref();
    reply.raw.once('close', () => clearTimeout(timer));
  });
}
