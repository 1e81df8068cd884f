/**
 * An embargoed press release, end to end: scheduled by a Redaktör, it is nowhere (site, API, RSS,
 * sitemap) before its time, even across a CMS killed and started again in between, and it is on
 * the site within 15 s after its time; its unpublish time takes it down the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack } from '../scripts/lib/testing.mjs';

const NEWS_CM = '/content-manager/collection-types/api::news-item.news-item';
const SLUG = 'embargo-pressmeddelande';
const TITLE = 'Pressmeddelande under embargo (test)';

let stack: Awaited<ReturnType<typeof startStack>>;

beforeAll(async () => {
  stack = await startStack({ today: '2026-11-28' });
});
afterAll(async () => {
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
  for (const end = Date.now() + 40_000; Date.now() < end; ) {
    const now = Date.now();
    const seen = await visible();
    if (now < notBefore) expect(Object.values(seen).some((where) => where !== !expected), `at ${new Date(now).toISOString()}: ${JSON.stringify(seen)}`).toBe(false);
    if (Object.values(seen).every((where) => where === expected)) return now;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`not ${expected ? 'published' : 'taken down'} within 40 s`);
}

describe('an embargoed press release', () => {
  it('appears on the site within 15 s after its time and not before, across a CMS restart', async () => {
    const headers = await editor();
    const files = (await (await fetch(`${stack.cmsUrl}/upload/files`, { headers })).json()) as { results: { id: number }[] };
    const publishAt = Date.now() + 25_000;
    const draft = await fetch(`${stack.cmsUrl}${NEWS_CM}`, {
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
        publishAt: new Date(publishAt).toISOString(),
      }),
    });
    expect(draft.status).toBe(201);
    expect(await visible()).toEqual({ article: false, rss: false, sitemap: false, api: false });
    await stack.killCms();
    await stack.restartCms();
    const at = await waitUntil(true, publishAt);
    expect(at - publishAt).toBeLessThanOrEqual(15_000);
  });

  it('leaves the site within 15 s after its unpublish time', async () => {
    const headers = await editor();
    const found = (await (await fetch(`${stack.cmsUrl}${NEWS_CM}?filters[slug][$eq]=${SLUG}`, { headers })).json()) as { results: { documentId: string }[] };
    const unpublishAt = Date.now() + 10_000;
    const saved = await fetch(`${stack.cmsUrl}${NEWS_CM}/${found.results[0]!.documentId}?locale=sv`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ unpublishAt: new Date(unpublishAt).toISOString() }),
    });
    expect(saved.status).toBe(200);
    const at = await waitUntil(false, unpublishAt);
    expect(at - unpublishAt).toBeLessThanOrEqual(15_000);
  });
});
