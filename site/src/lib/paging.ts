/**
 * Page-numbered lists (/nyheter/?sida=3): which page an address asks for, and whether that page
 * exists. A list is always at least one page, so an empty list has page 1 and nothing after it.
 */
export interface Page {
  /** 1-based. */
  number: number;
  /** How many items to skip to reach it. */
  offset: number;
}

/** The page the address asks for, or null when `sida` is not a page number (the caller redirects). */
export function requestedPage(params: URLSearchParams, pageSize: number): Page | null {
  const raw = params.get('sida');
  if (raw === null) return { number: 1, offset: 0 };
  if (!/^[1-9]\d{0,3}$/.test(raw)) return null;
  const number = Number(raw);
  return { number, offset: (number - 1) * pageSize };
}

export const pageCount = (totalCount: number, pageSize: number) => Math.max(1, Math.ceil(totalCount / pageSize));

/** The address of page `number` of a list, keeping its other parameters; page 1 has no `sida`. */
export function pageHref(path: string, params: URLSearchParams, number: number): string {
  const next = new URLSearchParams(params);
  next.delete('sida');
  if (number > 1) next.set('sida', String(number));
  return `${path}${next.size ? `?${next}` : ''}`;
}
