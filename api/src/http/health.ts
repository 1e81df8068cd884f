import type { FastifyInstance } from 'fastify';

export interface ReadinessChecks {
  database(): Promise<boolean>;
  cms(): Promise<boolean>;
  /** Whether the indicator facts are loaded; called after the database check, with its answer. */
  indicators(databaseAnswers: boolean): boolean;
}

/**
 * `/healthz`: the process answers. `/readyz`: the database answers and the indicator facts are
 * loaded, so a load balancer takes the instance out while it cannot serve. The CMS is reported but
 * is no reason to leave the pool: without it the API still serves its last good content
 * (decision 0016) and every figure, and an outage of Strapi must not empty the pool at once.
 */
export function registerHealth(app: FastifyInstance, checks: ReadinessChecks): void {
  app.get('/healthz', { logLevel: 'warn' }, async () => ({ status: 'ok' }));
  app.get('/readyz', { logLevel: 'warn' }, async (_request, reply) => {
    const [database, cms] = await Promise.all([checks.database().catch(() => false), checks.cms().catch(() => false)]);
    const indicators = checks.indicators(database);
    const ready = database && indicators;
    return reply.code(ready ? 200 : 503).send({
      status: ready ? 'ready' : 'not ready',
      database: database ? 'ok' : 'unreachable',
      cms: cms ? 'ok' : 'unreachable',
      indicators: indicators ? 'ok' : 'loading',
    });
  });
}
