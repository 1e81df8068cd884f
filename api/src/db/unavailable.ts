import { ConnectionException } from '@mikro-orm/core';

/** Codes and messages of a PostgreSQL server that is stopped, restarting or unreachable. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
const UNAVAILABLE_MESSAGE =
  /ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|database system is (shutting down|starting up)|Client has encountered a connection error|connect ETIMEDOUT/i;

/** True when a failure means the database cannot be reached now, as opposed to a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let current = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    current && depth < 5;
    current = current.cause as typeof current, depth++
  ) {
    if (current instanceof ConnectionException) return true;
    if (typeof current.code === 'string' && UNAVAILABLE_CODES.has(current.code)) return true;
    if (typeof current.message === 'string' && UNAVAILABLE_MESSAGE.test(current.message)) return true;
  }
  return false;
}

/**
 * The last good answer of a small read that every page needs (the project, the organisations), kept
 * so pages that only show content still work while the database is unreachable.
 */
export class LastGood<T> {
  private value: T | undefined;

  async read(load: () => Promise<T>): Promise<T> {
    try {
      this.value = await load();
      return this.value;
    } catch (error) {
      if (this.value !== undefined && isDatabaseUnavailable(error)) return this.value;
      throw error;
    }
  }
}
