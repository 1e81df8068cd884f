/**
 * Scheduled publishing against a real Strapi, as editors would use it over the admin API: a draft
 * scheduled a few seconds ahead is not public before its time and is public within 15 s after it,
 * across a restart too; the take-down works the same way; only a Redaktör schedules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCms } from '../../testing/services.mjs';

// Strapi's JSON answers, checked field by field by the assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const NEWS_CM = '/content-manager/collection-types/api::news-item.news-item';
let cms: Awaited<ReturnType<typeof startTestCms>>;

beforeAll(async () => {
  cms = await startTestCms({ extraEnv: { COURSE_SYNC_NIGHTLY: 'false' } });
});
afterAll(async () => {
  await cms?.stop();
});

const sessions = new Map<string, Record<string, string>>();
async function login(email: string) {
  if (!sessions.has(email)) {
    const response = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: cms.cmsEnv.CMS_DEMO_ADMIN_PASSWORD }),
    });
    expect(response.status).toBe(200);
    sessions.set(email, { authorization: `Bearer ${((await response.json()) as Json).data.token}`, 'content-type': 'application/json' });
  }
  return sessions.get(email)!;
}
const editor = () => login('redaktor.demo@spik.example');
const writer = () => login('skribent.demo@spik.example');

async function send(method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const response = await fetch(`${cms.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, json: (await response.json().catch(() => ({}))) as Json };
}

async function isPublic(slug: string) {
  const response = await fetch(`${cms.url}/api/news-items?filters[slug][$eq]=${slug}`, { headers: { authorization: `Bearer ${cms.token}` } });
  return ((await response.json()) as Json).data.length === 1;
}

/** Polls until `slug` is public (or no longer), and returns when that was first seen. */
async function seenAt(slug: string, publicNow: boolean, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if ((await isPublic(slug)) === publicNow) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${slug} did not become ${publicNow ? 'public' : 'hidden'} within ${timeoutMs} ms`);
}

async function draft(slug: string, extra: Json = {}, headers?: Record<string, string>) {
  const files = (await (await fetch(`${cms.url}/upload/files`, { headers: await editor() })).json()) as { results: { id: number }[] };
  return send('POST', NEWS_CM, headers ?? (await editor()), {
    title: `Pressmeddelande ${slug}`,
    slug,
    lead: 'Embargo till utsatt tid.',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Brödtext.' }] }],
    publishedDate: '2026-12-01',
    category: 'pressmeddelande',
    cover: { file: files.results[0]!.id, alt: 'Testbild', credit: 'Foto: Test' },
    ...extra,
  });
}
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

describe('scheduled publishing', () => {
  it('publishes a press release within 15 s after its time and not before, and refuses to publish it early by hand', async () => {
    const publishAt = inSeconds(6);
    const created = await draft('embargo-1', { publishAt });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const early = await send('POST', `${NEWS_CM}/${created.json.data.documentId}/actions/publish?locale=sv`, await editor(), {});
    expect(early.status).toBe(400);
    expect(early.json.error.message).toMatch(/schemalagd att publiceras \d{1,2} december 2026 kl\. \d\d\.\d\d och kan inte publiceras före dess/);
    expect(await isPublic('embargo-1')).toBe(false);
    const at = await seenAt('embargo-1', true);
    expect(at).toBeGreaterThanOrEqual(Date.parse(publishAt));
    expect(at - Date.parse(publishAt)).toBeLessThanOrEqual(15_000);
  });

  it('refuses times that have passed and a take-down before the publication, in Swedish', async () => {
    const past = await draft('embargo-passerad', { publishAt: inSeconds(-60) });
    expect(past.status).toBe(400);
    expect(past.json.error.message).toContain('har redan passerat');
    const backwards = await draft('embargo-baklanges', { publishAt: inSeconds(3600), unpublishAt: inSeconds(1800) });
    expect(backwards.status).toBe(400);
    expect(backwards.json.error.message).toMatch(/^Avpubliceringen \(.+\) måste vara efter publiceringen \(.+\)\.$/);
  });

  it('lets a Skribent propose a time but not schedule', async () => {
    const proposed = inSeconds(7200);
    const created = await draft('skribentens-forslag', { publishAt: inSeconds(5), proposedPublishAt: proposed }, await writer());
    expect(created.status).toBe(201);
    const stored = await send('GET', `${NEWS_CM}/${created.json.data.documentId}?locale=sv`, await editor());
    expect(stored.json.data.publishAt).toBeNull();
    expect(Date.parse(stored.json.data.proposedPublishAt)).toBe(Date.parse(proposed));
  });

  it('keeps a schedule across a restart: nothing is held in memory', async () => {
    // Far enough ahead that the restart ends before it, even on a busy machine: just after the time
    // the item may rightly still be unpublished until the scheduler's next five-second run.
    const publishAt = inSeconds(25);
    expect((await draft('embargo-omstart', { publishAt })).status).toBe(201);
    const port = Number(new URL(cms.url).port);
    await cms.stopKeepingData();
    cms = await startTestCms({ reuse: cms.storage, port, extraEnv: { COURSE_SYNC_NIGHTLY: 'false' } });
    sessions.clear();
    expect(await isPublic('embargo-omstart')).toBe(Date.now() >= Date.parse(publishAt));
    const at = await seenAt('embargo-omstart', true);
    expect(at - Date.parse(publishAt)).toBeLessThanOrEqual(15_000);
  });

  it('takes a published item down within 15 s after its unpublish time', async () => {
    const found = await send('GET', `${NEWS_CM}?filters[slug][$eq]=embargo-1`, await editor());
    const documentId = found.json.results[0].documentId;
    const unpublishAt = inSeconds(5);
    const saved = await send('PUT', `${NEWS_CM}/${documentId}?locale=sv`, await editor(), { unpublishAt });
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    expect(await isPublic('embargo-1')).toBe(true);
    const at = await seenAt('embargo-1', false);
    expect(at).toBeGreaterThanOrEqual(Date.parse(unpublishAt));
    expect(at - Date.parse(unpublishAt)).toBeLessThanOrEqual(15_000);
  });
});
