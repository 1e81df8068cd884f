/**
 * Media that is safe to manage, as the demo editors would use the media library (its own admin
 * routes, over HTTP): a Skribent cannot delete, an image in use cannot be deleted and the refusal
 * says where it is used, and a replaced image gets a new address so a returning visitor sees it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack } from '../testing/services.mjs';

const RED = 'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGM4IScHRwzEcQCxYxBBO0tjggAAAABJRU5ErkJggg==';
const BLUE = 'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGOQkzsBRwzEcQCcIxBBYbnFHgAAAABJRU5ErkJggg==';
const NEWS_CM = '/content-manager/collection-types/api::news-item.news-item';
const SLUG = 'bild-som-byts';
const TITLE = 'Nyhet med en bild som byts (test)';

let stack: Awaited<ReturnType<typeof startStack>>;
beforeAll(async () => {
  stack = await startStack({ today: '2026-11-28' });
});
afterAll(async () => {
  await stack?.stop();
});

const sessions = new Map<string, string>();
async function token(email: string) {
  if (!sessions.has(email)) {
    const response = await fetch(`${stack.cmsUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: stack.cmsEnv.CMS_DEMO_ADMIN_PASSWORD }),
    });
    sessions.set(email, ((await response.json()) as { data: { token: string } }).data.token);
  }
  return sessions.get(email)!;
}
const editor = () => token('redaktor.demo@spik.example');
const writer = () => token('skribent.demo@spik.example');

async function call(who: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${stack.cmsUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${who}`, ...(body !== undefined && !(body instanceof FormData) && { 'content-type': 'application/json' }) },
    body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    json: (await response.json().catch(() => null)) as { error?: { message: string }; data?: { documentId: string } } & Record<string, unknown>,
  };
}

async function upload(who: string, base64: string, name: string, replacing?: number) {
  const form = new FormData();
  form.append('files', new Blob([Buffer.from(base64, 'base64')], { type: 'image/png' }), name);
  form.append('fileInfo', JSON.stringify({ name, alternativeText: 'Testbild', caption: '' }));
  const result = await call(who, 'POST', `/upload${replacing ? `?id=${replacing}` : ''}`, form);
  expect(result.status, JSON.stringify(result.json)).toBeLessThan(300);
  const file = Array.isArray(result.json) ? (result.json as { id: number }[])[0]! : (result.json as unknown as { id: number });
  return file.id;
}

async function coverUrl(): Promise<string | null> {
  const response = await fetch(`${stack.apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ newsItem(slug: "${SLUG}") { cover { url } } }` }),
  });
  return ((await response.json()) as { data: { newsItem: { cover: { url: string } } | null } }).data.newsItem?.cover.url ?? null;
}

describe('the media library', () => {
  let fileId: number;

  it('lets a Skribent upload but not delete', async () => {
    fileId = await upload(await writer(), RED, 'omslag-test.png');
    const refused = await call(await writer(), 'DELETE', `/upload/files/${fileId}`);
    expect(refused.status).toBe(403);
    expect(refused.json.error?.message).toBe('Bara en redaktör kan ta bort bilder och filer. Be en redaktör om hjälp.');
    const bulk = await call(await writer(), 'POST', '/upload/actions/bulk-delete', { fileIds: [fileId], folderIds: [] });
    expect(bulk.status).toBe(403);
  });

  it('refuses to delete an image a published article shows, naming the article, also in a bulk delete', async () => {
    const created = await call(await editor(), 'POST', NEWS_CM, {
      title: TITLE,
      slug: SLUG,
      lead: 'En nyhet vars omslagsbild byts ut.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Brödtext.' }] }],
      publishedDate: '2026-11-28',
      category: 'nyhet',
      cover: { file: fileId, alt: 'Röd testbild', credit: 'Foto: Test' },
    });
    expect(created.status).toBe(201);
    expect((await call(await editor(), 'POST', `${NEWS_CM}/${created.json.data!.documentId}/actions/publish?locale=sv`, {})).status).toBe(200);
    const redaktor = await editor();
    for (const refused of [
      await call(redaktor, 'DELETE', `/upload/files/${fileId}`),
      await call(redaktor, 'POST', '/upload/actions/bulk-delete', { fileIds: [fileId], folderIds: [] }),
    ]) {
      expect(refused.status).toBe(403);
      expect(refused.json.error?.message).toBe(`Filen används och kan inte tas bort: Nyhet ”${TITLE}” (publicerad). Byt eller ta bort bilden där först.`);
    }
    expect(await coverUrl()).not.toBeNull();
  });

  it('gives a replaced image a new address, so a visitor who saw the old one gets the new one', async () => {
    const before = (await coverUrl())!;
    // Strapi re-encodes uploads, so the bytes are compared with each other, not with what was sent.
    const oldBytes = Buffer.from(await (await fetch(before)).arrayBuffer());
    expect(oldBytes.length).toBeGreaterThan(0);
    await upload(await editor(), BLUE, 'omslag-test.png', fileId);
    let after = before;
    for (let attempt = 0; attempt < 40 && after === before; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = (await coverUrl())!;
    }
    expect(after).not.toBe(before);
    expect(new URL(after).pathname).toBe(new URL(before).pathname);
    const fresh = await fetch(after);
    expect(fresh.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await fresh.arrayBuffer()).equals(oldBytes)).toBe(false);
  });

  it('lets a Redaktör delete a file nothing uses', async () => {
    const unused = await upload(await editor(), BLUE, 'oanvand.png');
    expect((await call(await editor(), 'DELETE', `/upload/files/${unused}`)).status).toBe(200);
  });
});
