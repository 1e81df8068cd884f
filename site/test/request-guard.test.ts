/** What the site accepts from an address before anything renders (src/middleware/request-guard.ts). */
import { describe, expect, it } from 'vitest';
import { canonicalPath, cleanQuery, pagePath } from '../src/middleware/request-guard.js';

const query = (address: string) => cleanQuery(new URL(address, 'http://site.example'));

describe('canonicalPath', () => {
  it.each([
    ['/nyheter', '/nyheter/'],
    ['/nyheter///', '/nyheter/'],
    ['/kurser', '/kurser/'],
    ['/om-spik/', '/om-spik'],
    ['/', '/'],
    ['//', '/'],
  ])('spells %s as %s', (path, canonical) => expect(canonicalPath(path)).toBe(canonical));

  it('names a page by its path without trailing slashes', () => expect(pagePath('/kurser/')).toBe('/kurser'));
});

describe('cleanQuery', () => {
  it('leaves an address without a query, or with exactly the accepted one, alone', () => {
    expect(query('/kurser/')).toBeNull();
    expect(query('/kurser/?region=SKANE&sida=2')).toBeNull();
  });

  it('drops parameters the page does not know, and every parameter of a page that knows none', () => {
    expect(query('/kurser/?region=SKANE&utm_source=x')).toBe('?region=SKANE');
    expect(query('/om-spik?foo=1')).toBe('');
  });

  it('keeps the first occurrence of a parameter only', () => expect(query('/nyheter/?kategori=a&kategori=b')).toBe('?kategori=a'));

  it('cuts each value to the longest the page accepts', () => {
    expect(query(`/kurser/?sok=${'a'.repeat(150)}`)).toBe(`?sok=${'a'.repeat(100)}`);
    expect(query('/nyheter/?sida=123456')).toBe('?sida=1234');
  });
});
