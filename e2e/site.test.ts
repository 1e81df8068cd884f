/**
 * The public site, page type by page type, in Chromium against the real stack (Strapi, API, site).
 * Lists, filters and paging are in site-lists.test.ts; Resultat and Så gick det in site-results.test.ts.
 */
import { gzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './browser.js';
import { ARTICLE, COURSE, HEADLINE, useSiteSession } from './site-session.js';

/** Every page type a visitor can reach, with what must be visible on it. */
const PAGE_TYPES: [name: string, path: string, heading: string][] = [
  ['start', '/', 'SPIK – Strategiskt Partnerskap för Industrins Kompetens'],
  ['nyheter', '/nyheter/', 'Nyheter'],
  ['artikel', ARTICLE, HEADLINE],
  ['kurser', '/kurser/', 'Korta YH-kurser'],
  ['kurs', COURSE, 'Lean och hållbar produktion för operatörer (exempel)'],
  ['resultat', '/resultat', 'Resultat'],
  ['så gick det', '/sa-gick-det', 'Så gick det'],
  ['om-spik', '/om-spik', 'Om SPIK'],
  ['kontakt', '/kontakt', 'Kontakt'],
  ['tillganglighet', '/tillganglighet', 'Tillgänglighetsredogörelse'],
  ['404', '/finns-inte', 'Sidan finns inte'],
  ['felaktig adress', '/nyheter/%E0%A4%A', 'Adressen är felaktig'],
];
const session = useSiteSession();
const { open } = session;

describe('every page type', () => {
  it.each(PAGE_TYPES)('%s (%s) shows its heading in Swedish and has zero axe violations (WCAG 2.1 A and AA)', async (name, path, heading) => {
    const { page, status } = await open(path, { bypassCSP: true });
    expect(status).toBe({ '404': 404, 'felaktig adress': 400 }[name] ?? 200);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(heading);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(PAGE_TYPES)('%s fits 320 px, and a 1280 px window zoomed to 200 percent, without sideways scrolling', async (_name, path) => {
    for (const width of [320, 640]) {
      const { page } = await open(path, { width });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  it.each(PAGE_TYPES)(
    '%s stays within 60 kB of gzipped HTML and 15 kB of gzipped JavaScript, and breaks none of its Content-Security-Policy',
    async (_name, path) => {
      const page = await session.browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !/status of 40[04]/.test(message.text())) problems.push(message.text());
      });
      const scripts: Promise<Buffer>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(response.body());
      });
      await page.goto(`${session.stack.siteUrl}${path}`, { waitUntil: 'networkidle' });
      const html = await (await fetch(`${session.stack.siteUrl}${path}`)).text();
      const inline = await page.evaluate(() =>
        Array.from(document.querySelectorAll('script:not([src]):not([type="application/ld+json"])'))
          .map((script) => script.textContent ?? '')
          .join('\n'),
      );
      const external = await Promise.all(scripts);
      const jsBytes = gzipSync(Buffer.concat([Buffer.from(inline), ...external])).length;
      expect(gzipSync(html).length).toBeLessThanOrEqual(60 * 1024);
      expect(jsBytes).toBeLessThanOrEqual(15 * 1024);
      const csp = (await fetch(`${session.stack.siteUrl}${path}`)).headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});

describe('start page', () => {
  it('shows the key figures against the targets, each marked Demodata, with upcoming courses, partners and the EU emblem', async () => {
    const { page } = await open('/');
    const figures = page.getByRole('region', { name: 'Så långt har vi kommit' });
    expect(await figures.getByText(/av 1\s500$/).isVisible()).toBe(true);
    expect(await figures.getByText(/av 100$/).isVisible()).toBe(true);
    expect(await figures.getByText('Projekttid som har gått').isVisible()).toBe(true);
    expect(await figures.getByText('Demodata', { exact: true }).count()).toBe(2);
    const courses = page.getByRole('region', { name: 'Korta YH-kurser som snart startar' });
    expect(await courses.getByRole('article').count()).toBe(3);
    const partners = page.getByRole('region', { name: 'Parterna bakom SPIK' });
    for (const name of ['IUC Syd', 'Techtank', 'IF Metall', 'Teknikföretagen']) {
      expect(await partners.getByRole('img', { name: new RegExp(name) }).count(), name).toBe(1);
    }
    expect(await page.locator('footer').getByText('Medfinansieras av Europeiska unionen').isVisible()).toBe(true);
    await page.close();
  });

  it('starts keyboard navigation at a visible skip link that moves focus to the content', async () => {
    const { page } = await open('/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const box = element.getBoundingClientRect();
      return { text: element.textContent, top: box.top, outline: getComputedStyle(element).outlineStyle };
    });
    expect(skip).toMatchObject({ text: 'Hoppa till innehållet', outline: 'solid' });
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('innehall');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => ({ tag: document.activeElement?.tagName, outline: getComputedStyle(document.activeElement!).outlineStyle }));
    expect(next).toEqual({ tag: 'A', outline: 'solid' });
    await page.close();
  });
});

describe('news', () => {
  it('shows an article with reading time, photo credit, publisher, press contacts, related news and share links', async () => {
    const { page } = await open(ARTICLE);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.getByText(/Lästid \d+ min/).isVisible()).toBe(true);
    expect(await page.getByText('Foto: Maja Brand, Bredda bilden, Teknikföretagen').isVisible()).toBe(true);
    // Issue 13: one "Publicerad", with the date and the publisher together.
    expect((await page.locator('article .meta').first().innerText()).replace(/\s+/g, ' ').trim()).toMatch(
      /^Publicerad \d{1,2} \p{L}+ \d{4} av Techtank · Lästid \d+ min$/u,
    );
    const press = page.getByRole('region', { name: 'Presskontakter' });
    expect(await press.getByRole('link', { name: '073-234 51 58' }).getAttribute('href')).toBe('tel:+46732345158');
    expect(await page.getByRole('region', { name: 'Relaterade nyheter' }).getByRole('article').count()).toBe(4);
    const share = page.getByRole('navigation', { name: 'Dela nyheten' });
    const linkedIn = await share.getByRole('link', { name: 'LinkedIn' }).getAttribute('href');
    expect(linkedIn).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(`${session.stack.siteUrl}${ARTICLE}`)}`);
    // Sharing loads nothing from anyone else: every request stays on the site or the API.
    expect(requests.filter((url) => !url.startsWith(session.stack.siteUrl) && !url.startsWith('http://localhost:'))).toEqual([]);
    expect(await page.locator('script[src]').count()).toBe(0);
    await page.close();
  });

  it('describes the article for link previews (Open Graph) and search engines (NewsArticle JSON-LD)', async () => {
    const { page } = await open(ARTICLE);
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
    expect(await meta('og:type')).toBe('article');
    expect(await meta('og:title')).toBe(HEADLINE);
    expect(await meta('og:url')).toBe(`${session.stack.siteUrl}${ARTICLE}`);
    expect(await meta('og:image')).toMatch(/^https?:\/\/.+\/media\//);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: HEADLINE,
      inLanguage: 'sv-SE',
      author: { name: 'Techtank' },
    });
    expect(jsonLd.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.close();
  });

  it('offers the news as valid RSS 2.0 with every item', async () => {
    const response = await fetch(`${session.stack.siteUrl}/nyheter/rss.xml`);
    expect(response.headers.get('content-type')).toMatch(/xml/);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser().parse(xml) as { rss: { channel: { language: string; item: { title: string; link: string; pubDate: string }[] } } };
    expect(feed.rss.channel.language).toBe('sv-SE');
    expect(feed.rss.channel.item).toHaveLength(5);
    expect(feed.rss.channel.item.map((item) => item.title)).toContain(HEADLINE);
    for (const item of feed.rss.channel.item) {
      expect(item.link).toMatch(new RegExp(`^${session.stack.siteUrl}/nyheter/[a-z0-9-]+$`));
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
    // The feed names itself and when it last changed, as feed validators ask.
    const channel = (
      new XMLParser({ ignoreAttributes: false }).parse(xml) as {
        rss: { channel: { 'atom:link': Record<string, string>; lastBuildDate: string; item: { pubDate: string }[] } };
      }
    ).rss.channel;
    expect(channel['atom:link']).toMatchObject({ '@_href': `${session.stack.siteUrl}/nyheter/rss.xml`, '@_rel': 'self', '@_type': 'application/rss+xml' });
    expect(Date.parse(channel.lastBuildDate)).toBe(Math.max(...channel.item.map((item) => Date.parse(item.pubDate))));
  });
});

describe('HEAD', () => {
  // A site process of its own, asked HEAD before GET on each path, so no render of the last second
  // can stand in for a missing HEAD handler.
  let site: string;
  beforeAll(async () => {
    site = await session.stack.startSite({});
  });
  it.each(['/nyheter/rss.xml', '/sitemap.xml', '/robots.txt', '/healthz', '/', ARTICLE, '/kurser/'])('answers %s like GET, without a body', async (path) => {
    const head = await fetch(`${site}${path}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const get = await fetch(`${site}${path}`);
    expect(get.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
  });
});

describe('Om SPIK and Kontakt', () => {
  it('gives the facts once, and names as financiers everyone the footer names', async () => {
    const { page } = await open('/om-spik');
    const main = await page.locator('main').innerText();
    expect(main.match(/22,3 miljoner kronor/g)).toHaveLength(1);
    expect(main.match(/Projekttid/g)).toHaveLength(1);
    const financiers = await page.locator('h3:text("Finansiärer") + ul').innerText();
    for (const name of ['Europeiska socialfonden', 'Region Skåne', 'Region Blekinge', 'IUC Syd', 'Techtank', 'IF Metall', 'Teknikföretagen']) {
      expect(financiers).toContain(name);
      expect(await page.locator('.site-footer').innerText()).toContain(name);
    }
    await page.close();
  });

  it('says whom to ask about what, each pointing to people on the page', async () => {
    const { page } = await open('/kontakt');
    const guide = page.getByRole('region', { name: 'Vem ska jag kontakta?' });
    expect(await guide.locator('dt').allInnerTexts()).toEqual([
      'Industriföretag i Skåne som vill vara med i SPIK, och frågor om projektet som helhet: IUC Syd leder det.',
      'Industriföretag i Blekinge som vill vara med i SPIK och kartlägga sina kompetensbehov.',
      'Anställda och fackliga företrädare som undrar hur medarbetarna kan delta i kompetensutvecklingen.',
      'Medlemsföretag som vill börja arbeta strategiskt med sin kompetensförsörjning.',
      'Journalister',
      'Något på webbplatsen som inte fungerar för dig',
    ]);
    // Teknikföretagen has no contact person in the seed: the guide says so and points to the project owner.
    expect(await guide.locator('dd').nth(3).innerText()).toBe(
      'Teknikföretagen, som ännu inte har någon kontaktperson här. Fråga så länge IUC Syd, som leder projektet.',
    );
    for (const href of await guide.locator('a[href^="#"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(await page.locator(href!).count()).toBe(1);
    }
    await page.close();
  });
});

describe('for search engines', () => {
  it('lists every article, every upcoming course and the fixed pages in sitemap.xml, and names it in robots.txt', async () => {
    const xml = await (await fetch(`${session.stack.siteUrl}/sitemap.xml`)).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const locs = (new XMLParser().parse(xml) as { urlset: { url: { loc: string }[] } }).urlset.url.map((url) => url.loc);
    const api = (await (
      await fetch(`${session.stack.apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ news(first: 100) { edges { node { slug } } } }' }),
      })
    ).json()) as { data: { news: { edges: { node: { slug: string } }[] } } };
    const articles = api.data.news.edges.map(({ node }) => `${session.stack.siteUrl}/nyheter/${node.slug}`);
    expect(articles.length).toBe(5);
    for (const article of articles) expect(locs).toContain(article);
    expect(locs).toContain(`${session.stack.siteUrl}${COURSE}`);
    expect(locs).toContain(`${session.stack.siteUrl}/resultat`);
    expect(locs).toContain(`${session.stack.siteUrl}/sa-gick-det`);
    const robots = await (await fetch(`${session.stack.siteUrl}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${session.stack.siteUrl}/sitemap.xml`);
  });
});

describe('freshness and caching', () => {
  it('answers a repeat visit with 304 by ETag, and lets shared caches keep a page only seconds', async () => {
    const first = await fetch(`${session.stack.siteUrl}/kontakt`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toContain('stale-while-revalidate');
    expect(first.headers.get('cache-control')).toContain('s-maxage=5');
    const again = await fetch(`${session.stack.siteUrl}/kontakt`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    const gzipped = await fetch(`${session.stack.siteUrl}/kontakt`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
  });
});

describe('after the project period', () => {
  it('says on every page that the site is an archive, and keeps working', async () => {
    const archiveUrl = await session.stack.startSite({ today: '2027-01-15' });
    const page = await session.browser.newPage();
    for (const path of ['/', ARTICLE, '/resultat']) {
      expect((await page.goto(`${archiveUrl}${path}`))?.status()).toBe(200);
      expect(await page.getByRole('note').textContent()).toContain('SPIK avslutades 31 december 2026');
    }
    await page.goto(`${archiveUrl}/kurser/`);
    expect(await page.getByText('Inga kurser matchar valen.').isVisible()).toBe(false);
    await page.close();
  });
});

describe('talking to the API', () => {
  it('sends only trusted document ids, never query text', async () => {
    const metrics = await (await fetch(`${session.stack.apiUrl}/metrics`)).text();
    const count = (kind: string) => Number(new RegExp(`spik_graphql_documents_total\\{kind="${kind}"\\} (\\d+)`).exec(metrics)?.[1] ?? 0);
    // The pages above were rendered from trusted documents; only this file's own API checks (the
    // sitemap test) sent query text.
    expect(count('trusted')).toBeGreaterThan(50);
    expect(count('free')).toBe(1);
  });
});

// Last: it stops the API.
describe('with the API stopped', () => {
  it('answers pages from their last good render, and others with a friendly Swedish page, never a hang', async () => {
    const seen = await fetch(`${session.stack.siteUrl}/kontakt`);
    expect(seen.status).toBe(200);
    await session.stack.stopApi();
    // Past the second in which a render is reused as it is.
    await new Promise((resolve) => setTimeout(resolve, 1100));

    const { page, status } = await open('/kontakt');
    expect(status).toBe(200);
    expect(await page.getByRole('status').textContent()).toContain('Vi når inte vår innehållstjänst just nu');
    expect(await page.getByRole('link', { name: '073-234 51 58' }).isVisible()).toBe(true);

    const started = Date.now();
    const never = await open('/kurser/exempel-klimatsmarta-material', { bypassCSP: true });
    expect(Date.now() - started).toBeLessThan(6000);
    expect(never.status).toBe(503);
    expect(await never.page.getByRole('heading', { level: 1 }).textContent()).toBe('Sidan kan inte visas just nu');
    expect(await never.page.content()).not.toMatch(/at .+\.(m?js|ts):\d+|ECONNREFUSED|Error:/);
    expect(await axeViolations(never.page)).toEqual([]);
    await page.close();
    await never.page.close();
  });
});
