import { GraphQLError } from 'graphql';
import qs from 'qs';
import { cmsRequestDuration } from '../metrics/metrics.js';

export interface StrapiClientOptions {
  baseUrl: string;
  token: string;
  /** Per-request time limit; a slow CMS must not hold API requests hostage. */
  timeoutMs?: number;
}

/** Thrown when the CMS cannot be reached or answers with an error; never carries its URL. */
export class ContentUnavailableError extends GraphQLError {
  constructor(reason: string) {
    super('Innehållet kunde inte hämtas från CMS:et just nu. Content is temporarily unavailable.', {
      extensions: { code: 'CONTENT_UNAVAILABLE', reason },
    });
  }
}

/** Thin client for Strapi's REST API, authenticated with the API's token (reads, and feedback messages). */
export class StrapiClient {
  private readonly timeoutMs: number;
  /** CMS calls made so far; tests use it to prove queries are batched. */
  calls = 0;

  constructor(private readonly options: StrapiClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 5000;
  }

  async get<T>(path: string, query: Record<string, unknown> = {}): Promise<T> {
    const search = qs.stringify(query, { encodeValuesOnly: true });
    const url = `${this.options.baseUrl}/api/${path}${search ? `?${search}` : ''}`;
    this.calls++;
    const timer = cmsRequestDuration.startTimer();
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization: `Bearer ${this.options.token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      timer({ outcome: timedOut ? 'timeout' : 'error' });
      throw new ContentUnavailableError(timedOut ? `timeout after ${this.timeoutMs} ms` : 'unreachable');
    }
    if (!response.ok) {
      await response.body?.cancel();
      timer({ outcome: 'error' });
      throw new ContentUnavailableError(`status ${response.status}`);
    }
    const body = (await response.json()) as T;
    timer({ outcome: 'ok' });
    return body;
  }

  /**
   * Creates one entry (`POST /api/<plural>`): the token's only write right is a feedback message.
   * Strapi writes the row in one transaction, so a message is stored whole or not at all.
   */
  async create(plural: string, data: Record<string, unknown>): Promise<void> {
    this.calls++;
    let response: Response;
    try {
      response = await fetch(`${this.options.baseUrl}/api/${plural}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.options.token}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ data }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new ContentUnavailableError(error instanceof Error && error.name === 'TimeoutError' ? `timeout after ${this.timeoutMs} ms` : 'unreachable');
    }
    await response.body?.cancel();
    if (!response.ok) throw new ContentUnavailableError(`status ${response.status}`);
  }

  /** Whether Strapi answers its health check within the time limit (for /readyz). */
  async isReachable(): Promise<boolean> {
    try {
      const response = await fetch(`${this.options.baseUrl}/_health`, { signal: AbortSignal.timeout(Math.min(this.timeoutMs, 2000)) });
      await response.body?.cancel();
      return response.ok;
    } catch {
      return false;
    }
  }

  /** Fetches an uploaded file (images are served to visitors through the API, never from the CMS). */
  async upload(filePath: string): Promise<Response> {
    return fetch(`${this.options.baseUrl}/uploads/${filePath}`, { signal: AbortSignal.timeout(this.timeoutMs) });
  }
}
