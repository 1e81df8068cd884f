/**
 * The site's only data source: the SPIK GraphQL API. Nothing here talks to the CMS.
 * Operations and their types come from @spik/shared, so the API can recognise them.
 */
import type { AstroGlobal } from 'astro';
import { documentIdOf, REQUEST_ID_HEADER, type TypedDocumentString, VISITOR_HEADER } from '@spik/shared';
import { currentRequestId } from '../middleware/request-id';

export {
  AboutPageDocument,
  AccessibilityPageDocument,
  ContactPageDocument,
  CourseListDocument,
  CourseActivityDocument,
  CourseFeedDocument,
  CoursePageDocument,
  CoursePreviewDocument,
  FinalResultsPageDocument,
  HomeFiguresDocument,
  HomePageDocument,
  NewsArticleDocument,
  NewsListDocument,
  NewsPreviewDocument,
  ResultsPageDocument,
  SendFeedbackDocument,
  SiteChromeDocument,
} from '@spik/shared';

const API_URL = (process.env.API_URL ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
const TIMEOUT_MS = Number(process.env.API_TIMEOUT_MS ?? 5000);

/** The API could not answer; pages turn this into a friendly Swedish message. */
export class ApiUnavailableError extends Error {}

/** The API answered but refused the request (an invalid preview link, bad input, too many messages). */
export class ApiRefusedError extends Error {
  constructor(
    message: string,
    readonly code = 'FORBIDDEN',
    /** For bad input: each field's Swedish message. */
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** Refusals a visitor can act on; anything else means the API could not answer. */
const REFUSALS = new Set(['FORBIDDEN', 'BAD_USER_INPUT', 'RATE_LIMITED']);

/**
 * `visitor` is the address of the visitor a request is made for (a feedback message): the API
 * believes it only from the site's own servers (api/src/guard/feedback-limit.ts).
 */
export async function query<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { visitor }: { visitor?: string } = {},
): Promise<TResult> {
  let response: Response;
  const requestId = currentRequestId();
  try {
    response = await fetch(`${API_URL}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(visitor && { [VISITOR_HEADER]: visitor }),
        ...(requestId && { [REQUEST_ID_HEADER]: requestId }),
      },
      // Only the trusted document's id: the API holds the text (docs/decisions/0019-query-limits.md).
      body: JSON.stringify({ documentId: documentIdOf(document), variables }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new ApiUnavailableError(`API unreachable: ${(error as Error).message}`);
  }
  type Problem = { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } };
  const payload = (await response.json().catch(() => null)) as { data?: TResult; errors?: Problem[] } | null;
  const first = payload?.errors?.[0];
  if (first?.extensions?.code && REFUSALS.has(first.extensions.code))
    throw new ApiRefusedError(first.message, first.extensions.code, first.extensions.fields ?? []);
  if (!response.ok || !payload?.data || payload.errors?.length) {
    throw new ApiUnavailableError(`API answered ${response.status}: ${payload?.errors?.[0]?.message ?? 'no data'}`);
  }
  return payload.data;
}

/**
 * Every page loads its data through here. When the API cannot answer, the page gets null and
 * status 503 and shows its friendly Swedish message, which the middleware replaces with the last
 * good render if it has one. When the API refuses the request (an address a list cannot show) and
 * the page names where to go instead, the answer is that redirect, for the page to return.
 */
export async function loadForPage<T>(
  astro: Pick<AstroGlobal, 'response' | 'redirect'>,
  load: () => Promise<T>,
  options: { redirectWhenRefused?: string } = {},
): Promise<T | null | Response> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ApiRefusedError && options.redirectWhenRefused) return astro.redirect(options.redirectWhenRefused);
    if (!(error instanceof ApiUnavailableError)) throw error;
    console.error(error.message);
    astro.response.status = 503;
    return null;
  }
}

/** One operation's data for a page, or null with status 503 when the API cannot answer. */
export async function queryForPage<TResult, TVariables>(
  astro: Pick<AstroGlobal, 'response' | 'redirect'>,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult | null> {
  return (await loadForPage(astro, () => query(document, variables))) as TResult | null;
}

/**
 * The site's public origin, for canonical links, Open Graph, JSON-LD, RSS and the sitemap: SITE_URL
 * (npm start and the tests set it; production must). Never the request's Host header, which any
 * client writes and which would end up in renders served to everyone (SECURITY.md).
 */
export function siteOrigin(): string {
  return (process.env.SITE_URL || `http://localhost:${process.env.PORT ?? 4321}`).replace(/\/$/, '');
}

/** Items per page of the news and course lists (SITE_PAGE_SIZE, 1–100; 12 by default). */
export function listPageSize(): number {
  const size = Number(process.env.SITE_PAGE_SIZE ?? 12);
  return Number.isInteger(size) && size >= 1 && size <= 100 ? size : 12;
}
