// Screenshots of every page type at 390 px and 1280 px into docs/screenshots/, so reviewers can
// look without running anything: `pnpm --filter site screenshots` (after `npm test` or `npm start`
// has built everything). Runs its own CMS, API and site on free ports with throwaway data; the
// last shots show the site after the project period and with the API stopped.
/* global document, window -- the scroll callback runs in the browser */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { root } from './lib/stack.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../testing/chromium.mjs';
import { startStack } from '../testing/services.mjs';

const ARTICLE = '/nyheter/eu-miljoner-till-industrins-grona-omstallning';
const PAGES = [
  ['start', '/'],
  ['nyheter', '/nyheter/'],
  ['artikel', ARTICLE],
  ['kurser', '/kurser/'],
  ['kurs', '/kurser/exempel-cirkular-produktion-i-praktiken'],
  ['resultat', '/resultat'],
  ['sa-gick-det', '/sa-gick-det'],
  ['om-spik', '/om-spik'],
  ['kontakt', '/kontakt'],
  ['tillganglighet', '/tillganglighet'],
  ['404', '/finns-inte'],
];
const WIDTHS = [390, 1280];
const out = path.join(root, 'docs', 'screenshots');

const stack = await startStack();
let browser;

async function shoot(name, url) {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(url, { waitUntil: 'networkidle' });
    // Lazy images below the fold load only when scrolled to.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');
    const file = path.join(out, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${path.relative(root, file)}`);
    await page.close();
  }
}

try {
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
  });
  await mkdir(out, { recursive: true });
  for (const [name, pathname] of PAGES) await shoot(name, `${stack.siteUrl}${pathname}`);
  await shoot('kurser-filtrerade', `${stack.siteUrl}/kurser/?region=SKANE&form=MIXED`);
  const archive = await stack.startSite({ today: '2027-01-15' });
  await shoot('arkiv-start', `${archive}/`);
  await stack.stopApi();
  await shoot('api-nere-kontakt', `${stack.siteUrl}/kontakt`);
  await shoot('api-nere-ny-sida', `${stack.siteUrl}/kurser/exempel-klimatsmarta-material`);
} finally {
  await browser?.close();
  await stack.stop();
}
