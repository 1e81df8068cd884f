/**
 * The site's guards against what a visitor sends, attacked over HTTP against the real stack: a
 * forged Host header, previews on other spellings of their path, a link scheme outside our
 * allow-list that got into the CMS, made-up query strings, and a stream of renders from one client.
 */
import { createHmac } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack } from '../testing/services.mjs';

let stack: Awaited<ReturnType<typeof startStack>>;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

/** A GET with a Host header of the attacker's choosing (fetch will not send one). */
function getWithHost(path: string, host: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(stack.siteUrl);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path, headers: { host } }, (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('the Host header', () => {
  it.each(['/nyheter/rss.xml', '/sitemap.xml', '/robots.txt', '/nyheter/eu-miljoner-till-industrins-grona-omstallning'])(
    'never shapes %s, for the attacker or for the next visitor',
    async (path) => {
      const forged = await getWithHost(path, 'evil.example');
      expect(forged.status).toBe(200);
      expect(forged.body).not.toContain('evil.example');
      const next = await (await fetch(`${stack.siteUrl}${path}`)).text();
      expect(next).not.toContain('evil.example');
      expect(next).toContain(stack.siteUrl);
    },
  );
});

describe('previews', () => {
  let documentId: string;
  let signed: (path: string) => string;

  beforeAll(async () => {
    const login = await fetch(`${stack.cmsUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: stack.cmsEnv.CMS_DEMO_ADMIN_EMAIL, password: stack.cmsEnv.CMS_DEMO_ADMIN_PASSWORD }),
    });
    const { token } = ((await login.json()) as { data: { token: string } }).data;
    const admin = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const files = (await (await fetch(`${stack.cmsUrl}/upload/files`, { headers: admin })).json()) as { results: { id: number }[] };
    const link = (url: string, text: string) => ({ type: 'link', url, children: [{ type: 'text', text }] });
    const draft = await fetch(`${stack.cmsUrl}/content-manager/collection-types/api::news-item.news-item`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({
        title: 'Utkast med länkar',
        slug: 'utkast-med-lankar',
        lead: 'Ett utkast för säkerhetstestet.',
        body: [
          {
            type: 'paragraph',
            children: [{ type: 'text', text: 'Läs ' }, link('ftp://filer.example/bilaga', 'det här'), link('https://www.esf.se/', 'ESF-rådet')],
          },
        ],
        publishedDate: '2026-11-26',
        category: 'nyhet',
        cover: { file: files.results[0]!.id, alt: 'Platshållarbild', credit: 'Foto: Platshållare (SPIK)' },
      }),
    });
    expect(draft.status, await draft.clone().text()).toBe(201);
    documentId = ((await draft.json()) as { data: { documentId: string } }).data.documentId;
    const expires = Math.floor(Date.now() / 1000) + 600;
    const signature = createHmac('sha256', stack.cmsEnv.PREVIEW_SECRET!).update(`news:${documentId}:sv:${expires}`).digest('hex');
    signed = (path) => `${stack.siteUrl}${path}?type=news&documentId=${documentId}&locale=sv&expires=${expires}&signature=${signature}`;
  });

  it.each(['/forhandsvisning', '/forhandsvisning/'])('are never cached, and carry a CSP, at %s', async (path) => {
    for (let i = 0; i < 2; i++) {
      const response = await fetch(signed(path));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      expect(response.headers.get('etag')).toBeNull();
      expect(await response.text()).toContain('Utkast med länkar');
    }
    const refused = await fetch(`${stack.siteUrl}${path}?type=news&documentId=${documentId}&locale=sv&expires=1&signature=00`);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(refused.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });

  // Strapi refuses javascript: links itself, but lets ftp: through: the site's own allow-list decides.
  it('renders a link with a scheme outside the allow-list as plain text, and keeps an https link', async () => {
    const html = await (await fetch(signed('/forhandsvisning'))).text();
    expect(html).not.toContain('ftp://filer.example');
    expect(html).toContain('det här');
    expect(html).toContain('href="https://www.esf.se/"');
  });
});

describe('query strings', () => {
  it('redirects unknown parameters away, keeping the known ones', async () => {
    const response = await fetch(`${stack.siteUrl}/kurser/?utm_source=nyhetsbrev&region=SKANE&region=BLEKINGE&x=${'a'.repeat(50)}`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/kurser/?region=SKANE');
    const page = await fetch(`${stack.siteUrl}/om-spik?cachebuster=${Math.random()}`, { redirect: 'manual' });
    expect(page.status).toBe(301);
    expect(page.headers.get('location')).toBe('/om-spik');
  });

  it.each([
    ['/resultat/', '/resultat'],
    ['/om-spik/', '/om-spik'],
    ['/kurser', '/kurser/'],
    ['/nyheter?kategori=pressmeddelande', '/nyheter/?kategori=pressmeddelande'],
    ['/nyheter/eu-miljoner-till-industrins-grona-omstallning/', '/nyheter/eu-miljoner-till-industrins-grona-omstallning'],
  ])('sends %s to its one canonical address %s', async (path, canonical) => {
    const response = await fetch(`${stack.siteUrl}${path}`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(canonical);
    const page = await fetch(`${stack.siteUrl}${canonical}`, { redirect: 'manual' });
    expect(page.status).toBe(200);
    if (page.headers.get('content-type')?.startsWith('text/html'))
      expect(await page.text()).toContain(`<link rel="canonical" href="${stack.siteUrl}${canonical.split('?')[0]}"`);
  });

  it('bounds the length of a search', async () => {
    const response = await fetch(`${stack.siteUrl}/kurser/?sok=${'lean'.repeat(100)}`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`/kurser/?sok=${'lean'.repeat(25)}`);
  });

  it('limits the renders one client may cause, and says so in Swedish', async () => {
    const limited = await stack.startSite({ renderLimit: '2/5' });
    // All at once, so that they meet the limiter within one second however long a render takes on
    // a busy machine: two a second, plus a burst of five in ten seconds, may render.
    const answers = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const response = await fetch(`${limited}/kurser/?sok=s${i}`);
        return { status: response.status, retryAfter: response.headers.get('retry-after'), text: await response.text() };
      }),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(7);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused).toHaveLength(5);
    for (const answer of refused) {
      expect(answer.retryAfter).toMatch(/^\d+$/);
      expect(answer.text).toContain('För många förfrågningar');
    }
  });
});

describe('headers on every path an answer takes', () => {
  // The middleware is a sequence (decision 0039): a render made, a render reused, a 304, the 404
  // page and the 429 page each leave it at a different step, and each must still be protected.
  it('gives each the security headers, and each HTML answer its CSP; a reused render is not limited', async () => {
    const limited = await stack.startSite({ renderLimit: '1/1' });
    const made = await fetch(`${limited}/kurser/?sok=lean`);
    // One render a second plus a burst of one: were reuse counted, the third of these would be refused.
    const reused = [];
    for (let i = 0; i < 4; i++) reused.push(await fetch(`${limited}/kurser/?sok=lean`));
    let refused = made;
    for (const search of ['svets', 'lack', 'stal', 'plast', 'energi']) {
      refused = await fetch(`${limited}/kurser/?sok=${search}`);
      if (refused.status === 429) break;
    }
    const missing = await fetch(`${limited}/finns-inte`);
    // An unknown article answers with the 404 page by a rewrite, which runs the middleware twice.
    const unknownArticle = await fetch(`${limited}/nyheter/finns-inte`, { headers: { 'accept-encoding': 'gzip' } });
    const home = await fetch(`${limited}/`);
    const unchanged = await fetch(`${limited}/`, { headers: { 'if-none-match': home.headers.get('etag')! } });
    const answers = [made, ...reused, refused, missing, unknownArticle, home, unchanged];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 429, 404, 404, 200, 304]);
    expect(unknownArticle.headers.get('content-encoding')).toBe('gzip');
    for (const answer of [missing, unknownArticle]) expect(await answer.text()).toContain('<h1>Sidan finns inte</h1>');
    for (const answer of reused) expect(answer.headers.get('etag')).toBe(made.headers.get('etag'));
    for (const answer of answers) {
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(answer.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(answer.headers.get('content-security-policy')).toMatch(/^default-src 'self'; .*frame-ancestors 'none'$/);
    }
    expect(await refused.text()).toContain('För många förfrågningar');
  });
});
