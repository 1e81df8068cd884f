import type { FastifyInstance } from 'fastify';

export interface ReadinessChecks {
  database(): Promise<boolean>;
  cms(): Promise<boolean>;
  /** Whether the indicator facts are loaded; called after the database check, with its answer. */
  indicators(databaseAnswers: boolean): boolean;
}

/**
 * `/healthz`: the process answers. `/readyz`: both dependencies answer and the indicator facts are
 * loaded, so a load balancer takes the instance out while one does not.
 */
export function registerHealth(app: FastifyInstance, checks: ReadinessChecks): void {
  app.get('/healthz', { logLevel: 'warn' }, async () => ({ status: 'ok' }));
  app.get('/readyz', { logLevel: 'warn' }, async (_request, reply) => {
    const [database, cms] = await Promise.all([checks.database().catch(() => false), checks.cms().catch(() => false)]);
    const indicators = checks.indicators(database);
    const ready = database && cms && indicators;
    return reply.code(ready ? 200 : 503).send({
      status: ready ? 'ready' : 'not ready',
      database: database ? 'ok' : 'unreachable',
      cms: cms ? 'ok' : 'unreachable',
      indicators: indicators ? 'ok' : 'loading',
    });
  });
}
