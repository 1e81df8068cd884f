import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { startStack } from './stack.js';

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

  it('answers an unknown article with the Swedish 404 page', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${stack.siteUrl}/nyheter/finns-inte`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sidan finns inte');
  });
});
