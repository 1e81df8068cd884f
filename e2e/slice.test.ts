import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { startStack } from '../testing/services.mjs';

const HEADLINE = 'Miljoner i EU-medel för att stödja industrins gröna omställning i Skåne och Blekinge';

describe('the press release from Strapi through the API to a page in Chromium', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('links from the home page to the article, which shows headline, lead and photo credit', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    const home = await page.goto(stack.siteUrl);
    expect(home?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await expect.poll(() => page.getByText('22,3 miljoner kronor', { exact: true }).isVisible()).toBe(true);

    const link = page.getByRole('link', { name: HEADLINE });
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.waitForURL('**/nyheter/eu-miljoner-till-industrins-grona-omstallning');

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(HEADLINE);
    expect(await page.getByText('Europeiska socialfonden satsar drygt 12 miljoner kronor på SPIK').isVisible()).toBe(true);
    expect(await page.getByText('Foto: Maja Brand, Bredda bilden, Teknikföretagen').isVisible()).toBe(true);
    const cover = page.locator('figure img').first();
    expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);

    // The visitor's browser never talks to the CMS.
    expect(requests.filter((url) => url.startsWith(stack.cmsUrl))).toEqual([]);
  });

  it('lists the news with a category filter that works without JavaScript', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    expect((await page.goto(`${stack.siteUrl}/nyheter/`))?.status()).toBe(200);
    expect(await page.getByText('5 nyheter').isVisible()).toBe(true);
    await page.getByRole('navigation', { name: 'Kategorier' }).getByRole('link', { name: 'Pressmeddelande' }).click();
    expect(new URL(page.url()).searchParams.get('kategori')).toBe('pressmeddelande');
    expect(await page.getByRole('link', { name: HEADLINE }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'SuPr-nod Syd lanseras' }).count()).toBe(0);
  });

  it('shows the press contacts with tel: links, the partnership, and the EU funding emblem', async () => {
    const page = await browser.newPage();
    expect((await page.goto(`${stack.siteUrl}/kontakt`))?.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 2, name: 'IUC Syd' }).isVisible()).toBe(true);
    const phone = page.getByRole('link', { name: '073-234 51 58' });
    expect(await phone.getAttribute('href')).toBe('tel:+46732345158');

    expect((await page.goto(`${stack.siteUrl}/om-spik`))?.status()).toBe(200);
    expect(await page.getByText('22,3 miljoner kronor', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Partnerskapet' }).isVisible()).toBe(true);
    expect(await page.getByText('Teknikföretagen', { exact: true }).first().isVisible()).toBe(true);
    const emblem = page.locator('footer img').first();
    expect(await emblem.getAttribute('alt')).toBeTruthy();
    expect(await emblem.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });

  it('answers an unknown article with the Swedish 404 page', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${stack.siteUrl}/nyheter/finns-inte`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sidan finns inte');
  });
});
