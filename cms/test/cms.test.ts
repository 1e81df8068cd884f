import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsEngines, startTestCms } from '../../testing/services.mjs';

const SLUG = 'eu-miljoner-till-industrins-grona-omstallning';
type Cms = Awaited<ReturnType<typeof startTestCms>>;

async function rest(cms: Cms, path: string, init: RequestInit & { token?: string | null } = {}) {
  const { token = cms.token, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  return fetch(`${cms.url}${path}`, { ...rest, headers });
}

async function adminLogin(cms: Cms): Promise<string> {
  const response = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: cms.cmsEnv.CMS_DEMO_ADMIN_EMAIL, password: cms.cmsEnv.CMS_DEMO_ADMIN_PASSWORD }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { token: string } }).data.token;
}

describe.each(cmsEngines)('Strapi on %s', (engine) => {
  let cms: Cms;

  // The seed itself is under test here: a fresh database, not a copy of the run's seeded template.
  beforeAll(async () => {
    cms = await startTestCms({ engine, fresh: true });
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it('seeds the press release, published, with both photo credits', async () => {
    const response = await rest(cms, `/api/news-items?filters[slug][$eq]=${SLUG}&populate[cover]=true&populate[images]=true`);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { title: string; publishedDate: string; cover: { credit: string }; images: { credit: string }[] }[] };
    expect(data).toHaveLength(1);
    expect(data[0]?.title).toBe('Miljoner i EU-medel för att stödja industrins gröna omställning i Skåne och Blekinge');
    expect(data[0]?.publishedDate).toBe('2023-12-05');
    expect(data[0]?.cover.credit).toBe('Foto: Maja Brand, Bredda bilden, Teknikföretagen');
    expect(data[0]?.images.map((image) => image.credit)).toEqual(['Foto: Johanna Åkerberg Kassel, Bredda bilden, Teknikföretagen']);
  });

  it('lets the provisioned token read but not write, and nobody in without it', async () => {
    expect((await rest(cms, '/api/news-items', { token: null })).status).toBe(403);
    expect((await rest(cms, '/api/news-items', { token: 'not-the-token' })).status).toBe(401);
    const write = await rest(cms, '/api/news-items', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { title: 'Intrång' } }),
    });
    expect(write.status).toBe(403);
  });

  it('keeps a draft away from the published API', async () => {
    const jwt = await adminLogin(cms);
    const admin = { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' };
    const files = (await (await fetch(`${cms.url}/upload/files`, { headers: admin })).json()) as { results: { id: number }[] };
    const fileId = files.results[0]?.id;
    expect(fileId).toBeTypeOf('number');
    const created = await fetch(`${cms.url}/content-manager/collection-types/api::news-item.news-item`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({
        title: 'Hemligt utkast',
        slug: 'hemligt-utkast',
        lead: 'Ännu inte publicerat.',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Utkast.' }] }],
        publishedDate: '2026-11-26',
        category: 'nyhet',
        cover: { file: fileId, alt: 'Testbild', credit: 'Foto: Test' },
      }),
    });
    expect(created.status).toBe(201);

    const list = (await (await rest(cms, '/api/news-items?pagination[pageSize]=100')).json()) as { data: { slug: string }[] };
    expect(list.data.map((item) => item.slug)).toContain(SLUG);
    expect(list.data.map((item) => item.slug)).not.toContain('hemligt-utkast');
    const bySlug = (await (await rest(cms, '/api/news-items?filters[slug][$eq]=hemligt-utkast')).json()) as { data: unknown[] };
    expect(bySlug.data).toEqual([]);
  });

  it('seeds once: a restart on the same data adds nothing', async () => {
    const countFiles = async () => {
      const jwt = await adminLogin(cms);
      const files = (await (await fetch(`${cms.url}/upload/files`, { headers: { authorization: `Bearer ${jwt}` } })).json()) as {
        pagination: { total: number };
      };
      return files.pagination.total;
    };
    const filesBefore = await countFiles();
    await cms.stopKeepingData();
    cms = await startTestCms({ engine, reuse: cms.storage });
    const response = await rest(cms, `/api/news-items?filters[slug][$eq]=${SLUG}`);
    expect(((await response.json()) as { data: unknown[] }).data).toHaveLength(1);
    expect(await countFiles()).toBe(filesBefore);
  });
});
