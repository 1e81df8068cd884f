/**
 * What the site accepts from a visitor's address before anything renders: one spelling of each
 * page's path (the list pages end in a slash, every other page does not), and only the query
 * parameters a page knows, each value bounded, first occurrence only. Anything else is redirected
 * (301) to the canonical address, so made-up query strings never reach the API or the render
 * caches, and no page is reachable under two addresses that each call themselves canonical.
 */
import { defineMiddleware } from 'astro:middleware';
import { FIELD_MAX_LENGTHS } from '../lib/course-choices';

/** Per page (path without trailing slash): its parameters and the longest value each may have. */
const KNOWN_PARAMS: Record<string, Record<string, number>> = {
  '/nyheter': { kategori: 60, sida: 4 },
  '/kurser': { ...FIELD_MAX_LENGTHS, sida: 4 },
  '/kurser/kalender.ics': FIELD_MAX_LENGTHS,
  '/kurser/nya.xml': FIELD_MAX_LENGTHS,
  '/forhandsvisning': { type: 10, documentId: 40, locale: 10, expires: 16, signature: 128 },
};

export const pagePath = (pathname: string): string => pathname.replace(/\/+$/, '') || '/';

/** Pages whose canonical address ends in a slash: the lists, which have pages below them. */
const LISTS = new Set(['/nyheter', '/kurser']);

/** The canonical spelling of a path: a slash after the lists, none after anything else. */
export function canonicalPath(pathname: string): string {
  const path = pagePath(pathname);
  return LISTS.has(path) ? `${path}/` : path;
}

/** The query string the page accepts, or null when the given one is already exactly that. */
export function cleanQuery(url: URL): string | null {
  if (!url.search) return null;
  const known = KNOWN_PARAMS[pagePath(url.pathname)] ?? {};
  const clean = new URLSearchParams();
  for (const [name, value] of url.searchParams) {
    if (Object.hasOwn(known, name) && !clean.has(name)) clean.set(name, value.slice(0, known[name]));
  }
  const search = clean.size ? `?${clean}` : '';
  return search === url.search ? null : search;
}

export const requestGuard = defineMiddleware(async ({ request, url }, next) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') return next();
  let search: string | null;
  try {
    search = cleanQuery(url);
  } catch {
    search = '';
  }
  const path = canonicalPath(url.pathname);
  if (search === null && path === url.pathname) return next();
  return new Response(null, { status: 301, headers: { location: `${path}${search ?? url.search}`, 'cache-control': 'public, max-age=3600' } });
});
