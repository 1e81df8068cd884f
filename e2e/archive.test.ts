/**
 * `npm run archive` as an operator runs it at the project's end: against the running stack, then
 * served by a plain static web server (Python's http.server) with the stack's addresses unknown to
 * it, crawled by a link checker, and read page by page in Chromium with axe.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSONstat from 'jsonstat-toolkit';
import { LinkChecker } from 'linkinator';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, waitForUrl } from '../scripts/lib/processes.mjs';
import { root } from '../scripts/lib/stack.mjs';
import { startStack } from '../testing/services.mjs';
import { axeViolations, launchChromium } from './browser.js';

const ARTICLE = 'nyheter/eu-miljoner-till-industrins-grona-omstallning/index.html';
const COURSE = 'kurser/exempel-lean-och-hallbar-produktion/index.html';
/** Every page type of the copy, as a visitor of the archive opens it. */
const PAGE_TYPES = [
  'index.html',
  'nyheter/index.html',
  ARTICLE,
  'kurser/index.html',
  COURSE,
  'resultat/index.html',
  'sa-gick-det/index.html',
  'om-spik/index.html',
  'kontakt/index.html',
  'tillganglighet/index.html',
];

let stack: Awaited<ReturnType<typeof startStack>>;
let work: string;
let archive: string;
let archiveUrl: string;
let server: ReturnType<typeof spawn>;
let browser: Browser;
let run: ReturnType<typeof spawnSync>;
let staffKey: string;

function archiveCommand(out: string, extra: string[] = []) {
  return spawnSync(
    process.execPath,
    [path.join(root, 'scripts', 'archive.mjs'), '--out', out, '--api', stack.apiUrl, '--cms-url', stack.cmsUrl, '--site-url', archiveUrl, ...extra],
    {
      encoding: 'utf8',
      env: { ...process.env, SPIK_API_KEY: staffKey, API_PUBLIC_URL: '' },
      timeout: 120_000,
    },
  );
}

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) yield* files(path.join(dir, entry.name));
    else yield path.join(dir, entry.name);
  }
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'spik-archive-'));
  stack = await startStack({ apiEnv: { DEMO_KEYS_FILE: path.join(work, 'demo-keys.json') } });
  staffKey = JSON.parse(await readFile(path.join(work, 'demo-keys.json'), 'utf8')).staff;
  const port = await freePort();
  archiveUrl = `http://127.0.0.1:${port}`;
  archive = path.join(work, 'arkiv');
  run = archiveCommand(archive);
  server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', archive], { stdio: 'ignore' });
  await waitForUrl('archive', `${archiveUrl}/`, { timeoutMs: 20_000 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
  await stack?.stop();
  await rm(work, { recursive: true, force: true });
});

describe('npm run archive', () => {
  it('writes the copy and says what it wrote', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Archive written: \d+ files \(\d+ pages and feeds, \d+ images, 3 data files\)/);
  });

  it('has no broken link, served by python3 -m http.server, and reaches every page type, feed and data file', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({ path: `${archiveUrl}/`, recurse: true, linksToSkip: [`^(?!${archiveUrl.replace(/[.]/g, '\\.')})`], concurrency: 4 });
    const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.status} ${link.url} (on ${link.parent})`);
    expect(broken).toEqual([]);
    const reached = new Set(result.links.filter((link) => link.state === 'OK').map((link) => new URL(link.url).pathname.slice(1)));
    for (const file of [...PAGE_TYPES, 'nyheter/rss.xml', 'data/spik-indikatorer.csv', 'data/spik-indikatorer.jsonstat.json', 'data/LASMIG.txt'])
      expect(reached, file).toContain(file);
    expect([...reached].filter((file) => file.startsWith('media/')).length).toBeGreaterThan(3);
  });

  it('names no API or CMS address in any file, and links only relatively (but for the 404 page)', async () => {
    const api = new URL(stack.apiUrl).port;
    const cms = new URL(stack.cmsUrl).port;
    const leaks: string[] = [];
    for await (const file of files(archive)) {
      const text = (await readFile(file)).toString('latin1');
      for (const port of [api, cms])
        if (new RegExp(`(localhost|127\\.0\\.0\\.1|\\[::1\\]):${port}\\b`).test(text)) leaks.push(`${path.relative(archive, file)} names port ${port}`);
      if (file.endsWith('.html') && !file.endsWith('404.html')) {
        for (const match of text.matchAll(/(?:href|src)="(\/[^"]*)"/g)) leaks.push(`${path.relative(archive, file)} links ${match[1]} from the root`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('says on every page that it is an archive, with the day it was saved', async () => {
    for await (const file of files(archive)) {
      if (!file.endsWith('.html')) continue;
      expect(await readFile(file, 'utf8'), path.relative(archive, file)).toMatch(
        /<strong[^>]*>Arkiv:<\/strong> Det här är en arkivkopia av SPIK:s webbplats, sparad \d{1,2} [a-zåäö]+ \d{4}/,
      );
    }
  });

  it('keeps the final figures as CSV and JSON-stat with their metadata, equal to what the API serves', async () => {
    const csv = await readFile(path.join(archive, 'data/spik-indikatorer.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toMatch(/^.Avsnitt;Nyckel;Etikett;Värde;Undertryckt/);
    expect(csv).toContain('Licens;licens;');
    // Read as a client script would: from the static server.
    const dataset = await JSONstat(`${archiveUrl}/data/spik-indikatorer.jsonstat.json`);
    expect(dataset.id).toEqual(['indikator', 'kon']);
    expect(dataset.Dimension('indikator').id).toContain('EECO01');
    const live = await (
      await fetch(`${stack.apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ indicatorCatalogue { indicators { id total { value } } } }' }),
      })
    ).json();
    const eeco01 = live.data.indicatorCatalogue.indicators.find((row: { id: string }) => row.id === 'EECO01').total.value;
    expect(dataset.Data({ indikator: 'EECO01', kon: 'TOTAL' }).value).toBe(eeco01);
    expect(await readFile(path.join(archive, 'data/LASMIG.txt'), 'utf8')).toMatch(/demodata/);
  });

  it.each(PAGE_TYPES)('%s reads in Swedish with zero axe violations (WCAG 2.1 A and AA), and course tips say they are archived', async (file) => {
    const page = await browser.newPage({ bypassCSP: true });
    const response = await page.goto(`${archiveUrl}/${file}`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    // A countdown to a deadline would stay frozen at the day the copy was saved.
    if (file.startsWith('kurser/')) expect(await page.getByText(/Sista ansökningsdag snart/).count()).toBe(0);
    if (file.startsWith('kurser/'))
      await expect(
        page
          .getByText(/arkiverade?|Arkiverat kurstips/)
          .first()
          .isVisible(),
      ).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('refuses a folder that is not empty, and writes nothing when the API does not answer', async () => {
    const used = path.join(work, 'used');
    await rm(used, { recursive: true, force: true });
    await mkdir(used);
    await writeFile(path.join(used, 'keep.txt'), 'mine');
    const refused = archiveCommand(used);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/exists and is not empty/);
    expect(await readdir(used)).toEqual(['keep.txt']);

    const nowhere = path.join(work, 'nowhere');
    const unreachable = spawnSync(
      process.execPath,
      [path.join(root, 'scripts', 'archive.mjs'), '--out', nowhere, '--api', `http://127.0.0.1:${await freePort()}`, '--key', 'x'],
      { encoding: 'utf8' },
    );
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toMatch(/does not answer/);
    expect((await readdir(work)).filter((name) => name.startsWith('nowhere'))).toEqual([]);
  });
});
