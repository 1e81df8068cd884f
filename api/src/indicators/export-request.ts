import type { FastifyReply } from 'fastify';
import { GraphQLError } from 'graphql';
import { Role } from '../auth/api-key.entity.js';
import { type Actor, hasAccess } from '../auth/actor.js';
import { bilingual, errorReply } from '../errors/error-reply.js';
import { ActivityKind, Region, SizeClass, Theme } from '../project-data/enums.js';
import { type IndicatorQuery, validateQuery } from './query.js';

/** What every indicator export (CSV, JSON-stat) asks of a request: a partner key and a valid filter. */
const QUERY_PARAMS: Record<keyof IndicatorQuery, readonly string[] | null> = {
  region: Object.values(Region),
  municipality: null,
  sizeClass: Object.values(SizeClass),
  industry: null,
  activityKind: Object.values(ActivityKind),
  theme: Object.values(Theme),
  from: null,
  to: null,
};

function parseQuery(params: Record<string, string | undefined>): IndicatorQuery {
  const query: IndicatorQuery = {};
  for (const [name, value] of Object.entries(params)) {
    if (!(name in QUERY_PARAMS)) {
      const known = Object.keys(QUERY_PARAMS).join(', ');
      throw new GraphQLError(bilingual(`Okänd parameter ”${name}”. Kända: ${known}.`, `Unknown parameter "${name}". Known: ${known}.`), {
        extensions: { argument: name },
      });
    }
    const allowed = QUERY_PARAMS[name as keyof IndicatorQuery];
    if (value !== undefined && allowed && !allowed.includes(value)) {
      const choices = allowed.join(', ');
      throw new GraphQLError(
        bilingual(`”${value}” är inget giltigt värde för ${name}; välj ett av ${choices}.`, `"${value}" is not a valid ${name}; use one of ${choices}.`),
        {
          extensions: { argument: name },
        },
      );
    }
    (query as Record<string, string | undefined>)[name] = value;
  }
  validateQuery(query);
  return query;
}

/**
 * The filter of an export request, or null once a clear error (401, 403 or 400, in Swedish and
 * English) has been sent. `what` names the export in the message.
 */
export function exportQuery(actor: Actor, params: Record<string, string | undefined>, reply: FastifyReply, what: string): IndicatorQuery | null {
  if (!hasAccess(actor, Role.PARTNER)) {
    const anonymous = actor.access === 'ANONYMOUS';
    reply
      .code(anonymous ? 401 : 403)
      .send(
        errorReply(
          anonymous ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          bilingual('Exporten kräver en API-nyckel för partner eller personal.', `${what} requires a partner or staff API key (Authorization: Bearer spik_…).`),
          { requiredAccess: Role.PARTNER },
        ),
      );
    return null;
  }
  try {
    return parseQuery(params);
  } catch (error) {
    const { message, extensions } = error as GraphQLError;
    reply.code(400).send(errorReply('BAD_USER_INPUT', message, { argument: extensions.argument }));
    return null;
  }
}
