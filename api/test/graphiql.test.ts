import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/orm.js';
import { prefersHtml } from '../src/http/graphiql.js';
import { launchChromium } from '../../testing/chromium.mjs';
import { type RunningApi, createTestKeys, drivers, startTestApi } from './harness.js';

const PROJECT_NAME = 'SPIK – Strategiskt Partnerskap för Industrins Kompetens';
const CONTENT_TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', ttf: 'font/ttf' };

/** Every src= and href= in the page, as written. */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1]!);
}

/**
 * The text of the visible Monaco editor inside `container`, whitespace collapsed: Monaco renders
 * spaces as NBSP and wraps long lines.
 */
async function editorText(page: Page, container: string): Promise<string> {
  const lines = page.locator(`${container} .view-lines`).filter({ visible: true }).first();
  const text = await lines.innerText({ timeout: 5_000 }).catch(() => '');
  return text.replace(/\s+/g, ' ');
}

describe('GraphiQL at /graphiql', () => {
  let api: RunningApi;
  let db: Database;
  let dispose: () => Promise<void>;
  let browser: Browser | undefined;

  beforeAll(async () => {
    ({ db, dispose } = await drivers[0]!.open());
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
    await dispose?.();
  });

  it('serves a Swedish page whose scripts and styles all come from the API itself', async () => {
    const response = await fetch(`${api.url}/graphiql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toMatch(/<html lang="sv">/);
    expect(html).toMatch(/<title>[^<]*GraphQL[^<]*<\/title>/);
    expect(html).toContain('Klistra in din API-nyckel under <em>Headers</em>');
    expect(html).not.toMatch(/https?:\/\//);
    // No inline scripts: each <script> has a src and no body.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\ssrc="\/graphiql\/assets\//);
      expect(body!.trim()).toBe('');
    }

    const assets = references(html).filter((reference) => !reference.startsWith('data:'));
    expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true);
    expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/graphiql\/assets\/[\w.-]+$/);
      const assetResponse = await fetch(new URL(asset, api.url), { headers: { 'accept-encoding': 'gzip' } });
      expect(assetResponse.status, asset).toBe(200);
      expect(assetResponse.headers.get('content-type'), asset).toContain(CONTENT_TYPES[asset.split('.').pop()!]);
      expect(assetResponse.headers.get('content-encoding'), asset).toBe('gzip');
      const body = await assetResponse.text();
      expect(body.length, asset).toBeGreaterThan(10_000);
      expect(body, asset).not.toMatch(/esm\.sh|unpkg\.com|jsdelivr\.net|cdnjs\./);
    }
  });

  it('serves only files the build wrote', async () => {
    for (const path of ['/graphiql/assets/manifest.json', '/graphiql/assets/..%2Fpackage.json', '/graphiql/assets/nope.js']) {
      expect((await fetch(`${api.url}${path}`)).status, path).toBe(404);
    }
  });

  it('sends a browser opening /graphql to GraphiQL, and GraphQL requests to Apollo', async () => {
    const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    const navigation = await fetch(`${api.url}/graphql?query=%7B%20project%20%7B%20name%20%7D%20%7D`, {
      headers: { accept: browserAccept },
      redirect: 'manual',
    });
    expect(navigation.status).toBe(302);
    expect(navigation.headers.get('location')).toBe('/graphiql?query=%7B%20project%20%7B%20name%20%7D%20%7D');

    const get = await fetch(`${api.url}/graphql?query=%7B%20project%20%7B%20name%20%7D%20%7D`, {
      headers: { accept: 'application/graphql-response+json, application/json', 'apollo-require-preflight': 'true' },
      redirect: 'manual',
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { project: { name: PROJECT_NAME } } });

    const post = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { accept: browserAccept, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ project { name } }' }),
      redirect: 'manual',
    });
    expect(post.status).toBe(200);
    expect(await post.json()).toEqual({ data: { project: { name: PROJECT_NAME } } });

    expect(prefersHtml(undefined)).toBe(false);
    expect(prefersHtml('*/*')).toBe(false);
    expect(prefersHtml('application/json, text/html;q=0.9')).toBe(false);
    expect(prefersHtml('text/html;q=0.9, application/json;q=0.5')).toBe(true);
  });

  it('runs a query with a pasted API key in Chromium, without a request leaving the API', async () => {
    const { partner } = await createTestKeys(db);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    const problems: string[] = [];
    const graphqlPosts: { authorization?: string; body: string }[] = [];
    page.on('request', (request) => {
      requests.push(request.url());
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') {
        graphqlPosts.push({ authorization: request.headers().authorization, body: request.postData() ?? '' });
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page: ${error.message}`));

    // Through the redirect, as a partner typing the endpoint into the address bar would.
    await page.goto(`${api.url}/graphql`);
    expect(new URL(page.url()).pathname).toBe('/graphiql');
    expect(await page.title()).toContain('GraphQL');
    expect(await page.locator('.spik-intro').innerText()).toContain('Klistra in din API-nyckel');

    // The editor, with the example query, and the headers editor open with the example key.
    await expect.poll(() => editorText(page, '.graphiql-query-editor'), { timeout: 30_000 }).toContain('project');
    await expect.poll(() => editorText(page, '.graphiql-editor-tool'), { timeout: 15_000 }).toContain('Bearer spik_…');
    // Schema introspection (for completion and docs) ran without the placeholder key.
    await expect.poll(() => graphqlPosts.some((post) => post.body.includes('IntrospectionQuery'))).toBe(true);
    expect(graphqlPosts.every((post) => post.authorization === undefined)).toBe(true);

    // Paste a real key over the example, as a partner would from their password manager, and run the query.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: api.url });
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(`{"Authorization": "Bearer ${partner}"}`)})`);
    await page.locator('.graphiql-editor-tool .monaco-editor').filter({ visible: true }).first().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await page.getByRole('button', { name: /execute query/i }).click();
    await expect.poll(() => editorText(page, '.graphiql-response'), { timeout: 15_000 }).toContain(PROJECT_NAME);
    const runs = graphqlPosts.filter((post) => !post.body.includes('IntrospectionQuery'));
    expect(runs.map((post) => post.authorization)).toEqual([`Bearer ${partner}`]);

    // Monaco's language workers run from the API's origin too.
    await expect.poll(() => page.workers().length).toBeGreaterThanOrEqual(2);
    for (const worker of page.workers()) expect(worker.url()).toMatch(new RegExp(`^${api.url}/graphiql/assets/worker-`));

    // For a person to look at; in a folder of this run's own, never a fixed shared path.
    await page.screenshot({ path: path.join(await mkdtemp(path.join(os.tmpdir(), 'spik-graphiql-')), 'graphiql.png') });
    const foreign = requests.filter((url) => !url.startsWith(`${api.url}/`) && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
    // monaco-graphql starts its worker lazily, after the editor and JSON workers.
    await expect.poll(() => requests.some((url) => url.includes('/graphiql/assets/worker-graphql-')), { timeout: 15_000 }).toBe(true);
    expect(problems).toEqual([]);
  });
});
