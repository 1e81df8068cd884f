/**
 * An embargoed press release, end to end: a Redaktör types its publish time into the admin in
 * Chromium (Stockholm time, whole minutes as the time picker offers them, at least 30 s ahead);
 * it is nowhere (site, API, RSS, sitemap) before its time, even across a CMS killed and started
 * again in between, and it is on the site within 15 s after its time. Its unpublish time, typed
 * the same way, takes it down within 15 s.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signInToAdmin } from './browser.js';
import { startStack } from '../testing/services.mjs';

const NEWS_CM = '/content-manager/collection-types/api::news-item.news-item';
const SLUG = 'embargo-pressmeddelande';
const TITLE = 'Pressmeddelande under embargo (test)';

let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack({ today: '2026-11-28' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function editor() {
  const response = await fetch(`${stack.cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'redaktor.demo@spik.example', password: stack.cmsEnv.CMS_DEMO_ADMIN_PASSWORD }),
  });
  return { authorization: `Bearer ${((await response.json()) as { data: { token: string } }).data.token}`, 'content-type': 'application/json' };
}

/** Where a visitor or a crawler could find the press release. */
async function visible() {
  const [article, rss, sitemap, api] = await Promise.all([
    fetch(`${stack.siteUrl}/nyheter/${SLUG}`).then((response) => response.status === 200),
    fetch(`${stack.siteUrl}/nyheter/rss.xml`).then(async (response) => (await response.text()).includes(TITLE)),
    fetch(`${stack.siteUrl}/sitemap.xml`).then(async (response) => (await response.text()).includes(SLUG)),
    fetch(`${stack.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ newsItem(slug: "${SLUG}") { title } }` }),
    }).then(async (response) => Boolean(((await response.json()) as { data: { newsItem: unknown } }).data.newsItem)),
  ]);
  return { article, rss, sitemap, api };
}

/** Polls until the press release is everywhere (or nowhere); fails if it shows up anywhere too early. */
async function waitUntil(expected: boolean, notBefore: number) {
  for (const end = Math.max(Date.now(), notBefore) + 40_000; Date.now() < end;) {
    const now = Date.now();
    const seen = await visible();
    // Too early only if every reply was complete before the time: a reply still on its way when
    // the time came may rightly show the new state (a busy machine took 32 ms too many once).
    if (Date.now() < notBefore)
      expect(
        Object.values(seen).some((where) => where !== !expected),
        `at ${new Date(now).toISOString()}: ${JSON.stringify(seen)}`,
      ).toBe(false);
    if (Object.values(seen).every((where) => where === expected)) return now;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`not ${expected ? 'published' : 'taken down'} within 40 s of its time`);
}

/** The first whole minute at least 30 s from now, as an instant and as Stockholm's date and time. */
function nextWholeMinute() {
  const at = Math.ceil((Date.now() + 30_000) / 60_000) * 60_000;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return { at, date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The Redaktör in the admin, in Stockholm as the editors are, on the press release's edit view. */
async function editView(documentId: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, timezoneId: 'Europe/Stockholm', locale: 'sv-SE' });
  const page = await context.newPage();
  await signInToAdmin(page, stack.cmsUrl, 'redaktor.demo@spik.example', stack.cmsEnv.CMS_DEMO_ADMIN_PASSWORD!);
  await page.goto(`${stack.cmsUrl}/admin${NEWS_CM}/${documentId}?plugins[i18n][locale]=sv`);
  await page.waitForLoadState('networkidle');
  return page;
}

/** Types a date and a time into one of the schedule fields and saves with Strapi's own Spara. */
async function schedule(page: Page, documentId: string, field: 'Publicera automatiskt' | 'Avpublicera automatiskt', when: ReturnType<typeof nextWholeMinute>) {
  const group = page.getByRole('group', { name: field, exact: true });
  const [date, time] = [group.getByRole('combobox').first(), group.getByRole('combobox').last()];
  await date.click();
  await date.fill(when.date);
  await page.keyboard.press('Escape');
  await time.click();
  await time.fill(when.time);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect([await date.inputValue(), await time.inputValue()]).toEqual([when.date, when.time]);
  const saved = page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().includes(documentId));
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  const response = await saved;
  expect(response.status()).toBe(200);
  const stored = ((await response.json()) as { data: Record<string, string | null> }).data;
  expect(stored[field === 'Publicera automatiskt' ? 'publishAt' : 'unpublishAt']).toBe(new Date(when.at).toISOString());
}

let documentId: string;

describe('an embargoed press release', () => {
  it('appears on the site within 15 s after the time the Redaktör typed, and not before, across a CMS restart', async () => {
    const headers = await editor();
    const files = (await (await fetch(`${stack.cmsUrl}/upload/files`, { headers })).json()) as { results: { id: number }[] };
    const draft = await fetch(`${stack.cmsUrl}${NEWS_CM}?locale=sv`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        title: TITLE,
        slug: SLUG,
        lead: 'Får inte synas före utsatt tid.',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Brödtext.' }] }],
        publishedDate: '2026-11-28',
        category: 'pressmeddelande',
        cover: { file: files.results[0]!.id, alt: 'Testbild', credit: 'Foto: Test' },
      }),
    });
    expect(draft.status).toBe(201);
    documentId = ((await draft.json()) as { data: { documentId: string } }).data.documentId;

    const page = await editView(documentId);
    const publishAt = nextWholeMinute();
    await schedule(page, documentId, 'Publicera automatiskt', publishAt);
    await page.context().close();
    expect(await visible()).toEqual({ article: false, rss: false, sitemap: false, api: false });
    await stack.killCms();
    await stack.restartCms();
    const at = await waitUntil(true, publishAt.at);
    expect(at - publishAt.at).toBeLessThanOrEqual(15_000);
  }, 240_000);

  it('leaves the site within 15 s after the unpublish time the Redaktör typed', async () => {
    const page = await editView(documentId);
    const unpublishAt = nextWholeMinute();
    await schedule(page, documentId, 'Avpublicera automatiskt', unpublishAt);
    await page.context().close();
    const at = await waitUntil(false, unpublishAt.at);
    expect(at - unpublishAt.at).toBeLessThanOrEqual(15_000);
  }, 240_000);
});
