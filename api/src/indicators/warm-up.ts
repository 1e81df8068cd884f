import type { FastifyBaseLogger } from 'fastify';
import type { IndicatorService } from './indicator-service.js';

/**
 * Loading the indicator facts at start (npm start, production), so the first partner does not wait
 * for it. One load at a time; a load that failed because the database was down is tried again
 * when readiness is next asked and the database answers.
 */
export class IndicatorWarmUp {
  private loading: Promise<void> | null = null;

  constructor(
    private readonly indicators: IndicatorService,
    private readonly log: FastifyBaseLogger,
    private readonly enabled: boolean,
  ) {}

  start(): void {
    if (!this.enabled) return;
    this.loading ??= this.indicators
      .warmUp()
      .then(
        (ms) => this.log.info({ event: 'indicator facts loaded', ms: Math.round(ms) }, 'indicator facts loaded'),
        (error: unknown) => this.log.warn({ err: error }, 'indicator warm-up failed; retried when the database answers'),
      )
      .finally(() => {
        this.loading = null;
      });
  }

  /** Ready when warm-up is off or the facts have loaded once; retries a failed load. */
  ready(databaseAnswers: boolean): boolean {
    if (!this.enabled) return true;
    if (!this.indicators.loadedOnce && databaseAnswers) this.start();
    return this.indicators.loadedOnce;
  }
}
