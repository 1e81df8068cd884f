/**
 * Reads Susa-navet's three lists, page by page, the way its OpenAPI description says: `page` from
 * 0, `size` at most 2000, `schoolType=YH`, and `updatedSince` for what changed after the last run.
 * Any answer that is not what the description promises (an error status, a timeout, text that is
 * not JSON, a page without its list) fails the whole read, so the sync changes nothing on bad data.
 */
import type { EducationEvent, EducationInfo, EducationProvider, PageMetadata, Wrapped } from './susa-types';

export const SUSA_NAVET_DEFAULT_URL = 'https://api.skolverket.se/susa-navet/emil3';
const PAGE_SIZE = 2000;
/** Far more pages than a list of YH resources has; a source that never ends is refused. */
const MAX_PAGES = 200;

export class SusaUnavailableError extends Error {}

type ListName = 'educationEvents' | 'educationInfos' | 'educationProviders';

export interface SusaClientOptions {
  baseUrl: string;
  timeoutMs?: number;
}

export class SusaClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor({ baseUrl, timeoutMs = 30_000 }: SusaClientOptions) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.timeoutMs = timeoutMs;
  }

  events(updatedSince?: string) {
    return this.list<EducationEvent>('educationEvents', updatedSince);
  }
  infos(updatedSince?: string) {
    return this.list<EducationInfo>('educationInfos', updatedSince);
  }
  providers(updatedSince?: string) {
    return this.list<EducationProvider>('educationProviders', updatedSince);
  }
  event(id: string) {
    return this.one<EducationEvent>('educationEvents', id);
  }
  info(id: string) {
    return this.one<EducationInfo>('educationInfos', id);
  }
  provider(id: string) {
    return this.one<EducationProvider>('educationProviders', id);
  }

  private async list<T>(name: ListName, updatedSince?: string): Promise<Wrapped<T>[]> {
    const items: Wrapped<T>[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const params = new URLSearchParams({ schoolType: 'YH', page: String(page), size: String(PAGE_SIZE) });
      if (updatedSince) params.set('updatedSince', updatedSince);
      const body = (await this.get(`/${name}?${params}`)) as Record<string, unknown> & { page?: PageMetadata };
      const batch = body[name];
      if (!Array.isArray(batch)) throw new SusaUnavailableError(`${name}, sida ${page}: svaret saknar listan "${name}"`);
      items.push(...(batch as Wrapped<T>[]));
      const totalPages = body.page?.totalPages;
      if (typeof totalPages !== 'number') throw new SusaUnavailableError(`${name}, sida ${page}: svaret saknar page.totalPages`);
      if (page + 1 >= totalPages) return items;
    }
    throw new SusaUnavailableError(`${name}: fler än ${MAX_PAGES} sidor`);
  }

  /** One resource by id, or null when Susa-navet answers 404. */
  private async one<T>(name: ListName, id: string): Promise<Wrapped<T> | null> {
    return (await this.get(`/${name}/${encodeURIComponent(id)}`, { allowNotFound: true })) as Wrapped<T> | null;
  }

  private async get(path: string, { allowNotFound = false } = {}): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new SusaUnavailableError(
        timedOut ? `${path}: inget svar inom ${this.timeoutMs / 1000} s` : `${path}: går inte att nå (${(error as Error).message})`,
      );
    }
    if (allowNotFound && response.status === 404) return null;
    if (!response.ok) {
      const detail = await response.json().then(
        (body: unknown) => (body as { message?: string } | null)?.message,
        () => undefined,
      );
      throw new SusaUnavailableError(`${path}: HTTP ${response.status}${detail ? ` (${String(detail).slice(0, 200)})` : ''}`);
    }
    try {
      return await response.json();
    } catch {
      throw new SusaUnavailableError(`${path}: svaret är inte JSON`);
    }
  }
}
