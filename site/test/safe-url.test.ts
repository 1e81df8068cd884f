/** The URL schemes the site links to in rich text, whatever the CMS stored. */
import { describe, expect, it } from 'vitest';
import { safeHref } from '../src/lib/safe-url.js';

describe('safeHref', () => {
  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://filer.example/x',
    '',
    null,
    42,
  ])('refuses %j', (url) => expect(safeHref(url)).toBeNull());

  it.each(['https://www.esf.se/', 'http://example.org/a?b=c', 'mailto:info@iucsyd.se', 'tel:+46701234567', '/nyheter/', '#innehall', 'kurser/'])(
    'keeps %j',
    (url) => expect(safeHref(url)).toBe(url),
  );
});
