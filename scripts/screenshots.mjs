// Screenshots of every page type at 390 px and 1280 px into docs/screenshots/, so reviewers can
// look without running anything: `pnpm --filter site screenshots` (after `npm test` or `npm start`
// has built everything). Runs its own CMS, API and site on free ports with throwaway data.
/* global document, window -- the scroll callback runs in the browser */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { freePort } from './lib/processes.mjs';
import { root, startApi, startSite } from './lib/stack.mjs';
import { startTestCms } from './lib/testing.mjs';

const PAGES = [
  ['start', '/'],
  ['nyheter', '/nyheter/'],
  ['artikel', '/nyheter/eu-miljoner-till-industrins-grona-omstallning'],
  ['om-spik', '/om-spik'],
  ['kontakt', '/kontakt'],
  ['404', '/finns-inte'],
];
const WIDTHS = [390, 1280];
const out = path.join(root, 'docs', 'screenshots');

const cms = await startTestCms({ engine: 'sqlite' });
const dir = await mkdtemp(path.join(os.tmpdir(), 'spik-shots-'));
const apiPort = await freePort();
const api = startApi({ port: apiPort, cmsUrl: cms.url, cmsToken: cms.token, pgliteDir: path.join(dir, 'pglite'), quiet: true });
const sitePort = await freePort();
const site = startSite({ port: sitePort, apiUrl: `http://127.0.0.1:${apiPort}`, quiet: true });
let browser;
try {
  await api.ready();
  await site.ready();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await mkdir(out, { recursive: true });
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const [name, pathname] of PAGES) {
      await page.goto(`http://127.0.0.1:${sitePort}${pathname}`, { waitUntil: 'networkidle' });
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
    }
    await page.close();
  }
} finally {
  await browser?.close();
  await site.stop();
  await api.stop();
  await cms.stop();
  await rm(dir, { recursive: true, force: true });
}
