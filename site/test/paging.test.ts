/** Page-numbered lists (src/lib/paging.ts). */
import { describe, expect, it } from 'vitest';
import { pageCount, pageHref, requestedPage } from '../src/lib/paging.js';

describe('requestedPage', () => {
  it('is page 1 without "sida", and skips whole pages after it', () => {
    expect(requestedPage(new URLSearchParams(), 10)).toEqual({ number: 1, offset: 0 });
    expect(requestedPage(new URLSearchParams('sida=3'), 10)).toEqual({ number: 3, offset: 20 });
  });

  it.each(['0', '-1', '01', '1.5', 'två', '', '12345'])('is null for sida=%j, which the page redirects', (raw) =>
    expect(requestedPage(new URLSearchParams({ sida: raw }), 10)).toBeNull(),
  );
});

describe('pageCount and pageHref', () => {
  it('counts an empty list as one page', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(21, 10)).toBe(3);
  });

  it('keeps the other parameters and gives page 1 no number', () => {
    const params = new URLSearchParams('region=SKANE&sida=4');
    expect(pageHref('/kurser/', params, 1)).toBe('/kurser/?region=SKANE');
    expect(pageHref('/kurser/', params, 2)).toBe('/kurser/?region=SKANE&sida=2');
    expect(pageHref('/nyheter/', new URLSearchParams(), 1)).toBe('/nyheter/');
  });
});
