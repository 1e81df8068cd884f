import { createHmac } from 'node:crypto';
import { statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsEngines, startTestCms } from '../../testing/services.mjs';
import {
  COURSE_CM,
  course,
  type Json,
  NEWS_CM,
  newsDraft,
  ORGANISATIONS,
  paragraph,
  PRESS_RELEASE,
  RELATED,
  SITE_PREVIEW_URL,
  TEST_PREVIEW_SECRET,
  TEST_WEBHOOK_SECRET,
  webhookReceiver,
} from './content-model.fixtures.js';

type Cms = Awaited<ReturnType<typeof startTestCms>>;

describe.each(cmsEngines)('Editorial content model on %s', (engine) => {
  let cms: Cms;
  let hooks: Awaited<ReturnType<typeof webhookReceiver>>;
  const saved: Record<string, string | undefined> = {};

  async function rest(path: string): Promise<Json> {
    const response = await fetch(`${cms.url}${path}`, { headers: { authorization: `Bearer ${cms.token}` } });
    expect(response.status, path).toBe(200);
    return (await response.json()) as Json;
  }

  // Strapi rate-limits admin logins, so each user logs in once per Strapi.
  const sessions = new Map<string, Record<string, string>>();
  async function login(email: string): Promise<Record<string, string>> {
    const cached = sessions.get(email);
    if (cached) return cached;
    const response = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: cms.cmsEnv.CMS_DEMO_ADMIN_PASSWORD }),
    });
    expect(response.status, `login ${email}`).toBe(200);
    const { token } = ((await response.json()) as { data: { token: string } }).data;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    sessions.set(email, headers);
    return headers;
  }

  const webhookSecret = () => cms.cmsEnv.CMS_WEBHOOK_SECRET || TEST_WEBHOOK_SECRET;
  const previewSecret = () => cms.cmsEnv.PREVIEW_SECRET || TEST_PREVIEW_SECRET;
  const admin = () => login(cms.cmsEnv.CMS_DEMO_ADMIN_EMAIL as string);
  const editor = () => login('redaktor.demo@spik.example');
  const writer = () => login('skribent.demo@spik.example');

  async function send(method: string, path: string, headers: Record<string, string>, body?: unknown) {
    const response = await fetch(`${cms.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, json: (await response.json().catch(() => ({}))) as Json };
  }

  async function anyImageId(headers: Record<string, string>) {
    const files = (await (await fetch(`${cms.url}/upload/files`, { headers })).json()) as { results: { id: number }[] };
    const id = files.results[0]?.id;
    expect(id).toBeTypeOf('number');
    return id as number;
  }

  beforeAll(async () => {
    hooks = await webhookReceiver();
    // startCms passes the test process's environment through to Strapi (cms/.env values win).
    const env = { CMS_WEBHOOK_URL: hooks.url, CMS_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET, SITE_PREVIEW_URL, PREVIEW_SECRET: TEST_PREVIEW_SECRET };
    for (const [key, value] of Object.entries(env)) {
      saved[key] = process.env[key];
      process.env[key] = value;
    }
    cms = await startTestCms({ engine });
    sessions.clear();
  });
  afterAll(async () => {
    await cms?.stop();
    await hooks?.close();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('runs on the engine it says', () => {
    if (engine === 'sqlite') expect(statSync(cms.storage.sqliteFile as string).size).toBeGreaterThan(0);
    else expect(cms.storage.databaseUrl).toMatch(/^postgres:/);
  });

  it('serves the Swedish press release without a locale parameter, linked to its organisation and related news', async () => {
    const { data } = await rest(
      `/api/news-items?filters[slug][$eq]=${PRESS_RELEASE}&populate[organisation]=true&populate[relatedNews]=true&populate[tags]=true`,
    );
    expect(data).toHaveLength(1);
    const release = data[0];
    expect(release.locale).toBe('sv');
    expect(release.organisation.name).toBe('Techtank');
    expect(release.relatedNews.map((item: Json) => item.slug).sort()).toEqual(RELATED.map((item) => item.slug).sort());
    expect(release.readingMinutes).toBeGreaterThanOrEqual(2);
    expect(release.tags.length).toBeGreaterThan(0);
    expect((await rest('/api/news-items?locale=en')).data).toEqual([]);
  });

  it('seeds the four related news items as published summaries', async () => {
    const { data } = await rest('/api/news-items?populate=*&pagination[pageSize]=100');
    for (const expected of RELATED) {
      const item = data.find((news: Json) => news.slug === expected.slug);
      expect(item, expected.slug).toBeDefined();
      expect(item.publishedDate).toBe(expected.date);
      expect(item.category).toBe(expected.category);
      expect(item.summaryOf).toBe(`Sammanfattning av Techtanks nyhet, originalets lästid ${expected.minutes} min`);
      expect(item.organisation.name).toBe('Techtank');
      expect(item.cover.credit).toBe('Foto: Platshållare (SPIK)');
      expect(item.cover.alt).toMatch(/Platshållarbild/);
      expect(item.readingMinutes).toBe(1);
      expect(JSON.stringify(item.body)).toContain('sammanfattning');
    }
  });

  it('seeds the press contacts with E.164 phone numbers and no invented e-mail addresses', async () => {
    const { data } = await rest('/api/contact-persons?populate=organisation&sort=sortOrder');
    expect(data.map((person: Json) => [person.name, person.title, person.organisation.name, person.phone, person.isPressContact, person.email])).toEqual([
      ['Joakim Enquist', 'vd', 'IUC Syd', '+46732345158', true, null],
      ['Ingela Håkansson', 'vd och klusterledare', 'Techtank', '+46768612743', true, null],
      ['Marie Nilsson', 'Regionalt samverkansansvarig, IF Metall Skåne-Blekinge', 'IF Metall', '+4642377083', true, null],
    ]);
  });

  it('seeds the partner and financier profiles under the API organisation names', async () => {
    const { data } = await rest('/api/organisation-profiles?populate[logo][populate]=file&pagination[pageSize]=100');
    expect(Object.fromEntries(data.map((profile: Json) => [profile.name, profile.role]))).toEqual(ORGANISATIONS);
    for (const profile of data) {
      expect(profile.logo.alt).toContain(profile.name);
      expect(profile.logo.file.url).toMatch(/^\/uploads\/.+\.png$/);
      expect(profile.description.length).toBeGreaterThan(0);
    }
  });

  it('seeds example course tips that are labelled and consistent', async () => {
    const { data } = await rest('/api/courses?populate=themes&pagination[pageSize]=100');
    expect(data.length).toBeGreaterThanOrEqual(6);
    expect(data.length).toBeLessThanOrEqual(8);
    for (const item of data) {
      expect(item.isExample).toBe(true);
      expect(item.title).toContain('(exempel)');
      expect(item.applicationDeadline <= item.startDate).toBe(true);
      expect(item.applyUrl).toMatch(/^https:\/\/example\.org\//);
      expect(item.yhPoints).toBeLessThanOrEqual(99);
      expect(item.themes.length).toBeGreaterThan(0);
      expect(item.municipalityCode.slice(0, 2)).toBe(item.region === 'skane' ? '12' : '10');
    }
    expect(data.filter((item: Json) => item.startDate < '2026-11-26').length).toBeGreaterThanOrEqual(2);
    expect(data.some((item: Json) => item.applicationDeadline >= '2026-11-26' && item.applicationDeadline <= '2026-12-10')).toBe(true);
  });

  it('seeds the single types, with the EU emblem', async () => {
    expect((await rest('/api/about-page')).data.title).toBe('Om SPIK');
    // The page's facts (period, budget, financiers) come from the API and the funding statement; the body does not repeat them.
    const about = JSON.stringify((await rest('/api/about-page')).data.body);
    expect(about).toContain('Strategiskt Partnerskap för Industrins Kompetens');
    expect(about).not.toContain('22,3 miljoner kronor');
    expect((await rest('/api/mind-the-gap-page')).data.title).toBe('Mind The Gap');
    // DIGG's parts are fields of their own (decision 0034); the supervision text is a fixed part of the site's page.
    const statement = (await rest('/api/accessibility-statement?populate=knownProblems')).data;
    expect(statement).toMatchObject({ complianceStatus: 'delvis_forenlig', feedbackEmail: expect.stringContaining('@') });
    expect(statement.knownProblems.length).toBeGreaterThan(0);
    const funding = (await rest('/api/funding-statement?populate[emblem][populate]=file')).data;
    expect(funding.heading).toBe('Medfinansieras av Europeiska unionen');
    expect(funding.emblem.file.url).toMatch(/\.png$/);
    expect(funding.financiers).toContain('Europeiska socialfonden');
  });

  it('refuses a course whose application deadline is after its start, in Swedish', async () => {
    const headers = await admin();
    const refused = await send('POST', COURSE_CM, headers, course('test-fel-datum', { startDate: '2026-08-20', applicationDeadline: '2026-09-01' }));
    expect(refused.status).toBe(400);
    expect(refused.json.error.message).toBe('Sista ansökningsdag (2026-09-01) kan inte vara efter kursstart (2026-08-20).');

    const wrongRegion = await send('POST', COURSE_CM, headers, course('test-fel-region', { region: 'skane' }));
    expect(wrongRegion.status).toBe(400);
    expect(wrongRegion.json.error.message).toContain('Karlskrona (1080) ligger i Blekinge');
    const unknownMunicipality = await send('POST', COURSE_CM, headers, course('test-fel-kommun', { municipalityCode: '0180' }));
    expect(unknownMunicipality.status).toBe(400);
    expect(unknownMunicipality.json.error.message).toContain('Kommunkoden 0180');
    const http = await send('POST', COURSE_CM, headers, course('test-http', { applyUrl: 'http://example.org/kurs' }));
    expect(http.status).toBe(400);
    expect(http.json.error.message).toContain('https://');

    const created = await send('POST', COURSE_CM, headers, course('test-giltig'));
    expect(created.status).toBe(201);
    // A partial update is checked against the stored dates.
    const moved = await send('PUT', `${COURSE_CM}/${created.json.data.documentId}`, headers, { startDate: '2026-12-01' });
    expect(moved.status).toBe(400);
    expect(moved.json.error.message).toBe('Sista ansökningsdag (2027-01-10) kan inte vara efter kursstart (2026-12-01).');
  });

  it('refuses an image without alternative text, even in a draft', async () => {
    const headers = await admin();
    const fileId = await anyImageId(headers);
    const refused = await send('POST', NEWS_CM, headers, newsDraft('utan-alt', fileId, { cover: { file: fileId, credit: 'Foto: Test' } }));
    expect(refused.status).toBe(400);
    expect(refused.json.error.message).toContain('alternativtext');
    const blank = await send('POST', NEWS_CM, headers, newsDraft('tom-alt', fileId, { cover: { file: fileId, alt: '  ', credit: 'Foto: Test' } }));
    expect(blank.status).toBe(400);
  });

  it('computes the reading time itself and normalises phone numbers', async () => {
    const headers = await admin();
    const fileId = await anyImageId(headers);
    const words = Array.from({ length: 440 }, (_, i) => `ord${i}`).join(' ');
    const created = await send('POST', NEWS_CM, headers, newsDraft('lastid', fileId, { body: paragraph(words), readingMinutes: 42 }));
    expect(created.status).toBe(201);
    expect(created.json.data.readingMinutes).toBe(2);

    const contacts = '/content-manager/collection-types/api::contact-person.contact-person';
    const ok = await send('POST', contacts, headers, { name: 'Test Testsson (exempel)', phone: '0709-12 34 56' });
    expect(ok.status).toBe(201);
    expect(ok.json.data.phone).toBe('+46709123456');
    const bad = await send('POST', contacts, headers, { name: 'Fel Nummer (exempel)', phone: 'ring växeln' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain('kunde inte tolkas');
  });

  it('refuses an SVG (script) from a Skribent, and takes a PNG', async () => {
    const { authorization } = await writer();
    const upload = async (name: string, type: string, bytes: Buffer | string) => {
      const form = new FormData();
      form.append('files', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type }), name);
      const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization }, body: form });
      return { status: response.status, text: await response.text() };
    };
    const svg = await upload('logo.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>');
    expect(svg.status, svg.text).toBe(400);
    expect(svg.text).toMatch(/not allowed/i);
    // A 1×1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const ok = await upload('pixel.png', 'image/png', png);
    expect(ok.status, ok.text).toBe(201);
  });

  it('lets a Skribent write drafts but not publish; a Redaktör publishes', async () => {
    const headers = await writer();
    const fileId = await anyImageId(headers);
    const draft = await send('POST', NEWS_CM, headers, newsDraft('skribentens-utkast', fileId));
    expect(draft.status).toBe(201);
    const { documentId } = draft.json.data;

    expect((await send('POST', `${NEWS_CM}/${documentId}/actions/publish`, headers, {})).status).toBe(403);
    expect((await send('POST', `${NEWS_CM}/actions/publish`, headers, newsDraft('direkt-publicerad', fileId))).status).toBe(403);
    expect((await send('DELETE', `${NEWS_CM}/${documentId}`, headers)).status).toBe(403);
    expect((await send('POST', COURSE_CM, headers, course('skribentens-kurs'))).status).toBe(201);
    const published = await rest('/api/news-items?filters[slug][$eq]=skribentens-utkast');
    expect(published.data).toEqual([]);

    const editorHeaders = await editor();
    const publish = await send('POST', `${NEWS_CM}/${documentId}/actions/publish`, editorHeaders, {});
    expect(publish.status).toBe(200);
    expect((await rest('/api/news-items?filters[slug][$eq]=skribentens-utkast')).data).toHaveLength(1);
  });

  it('registers the purge webhook and calls it with the shared secret', async () => {
    const headers = await admin();
    const { data } = (await send('GET', '/admin/webhooks', headers)).json;
    const hook = data.find((webhook: Json) => webhook.name === 'spik-api-purge');
    expect(hook).toMatchObject({ url: hooks.url, headers: { 'x-spik-webhook-secret': webhookSecret() }, isEnabled: true });
    expect(hook.events).toEqual(expect.arrayContaining(['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish']));

    const before = hooks.received.length;
    const fileId = await anyImageId(headers);
    const published = await send('POST', `${NEWS_CM}/actions/publish`, headers, newsDraft('webhook-test', fileId));
    expect(published.status, JSON.stringify(published.json)).toBe(200);
    for (let i = 0; i < 40 && !hooks.received.slice(before).some((call) => call.body.event === 'entry.publish'); i++) await sleep(250);
    const call = hooks.received.slice(before).find((delivery) => delivery.body.event === 'entry.publish');
    expect(call?.headers['x-spik-webhook-secret']).toBe(webhookSecret());
    expect(call?.body.model).toBe('news-item');
  });

  it('hands the Content Manager signed preview links for news and courses', async () => {
    const headers = await admin();
    const { data } = await rest(`/api/news-items?filters[slug][$eq]=${PRESS_RELEASE}`);
    const documentId = data[0].documentId as string;
    const before = Math.floor(Date.now() / 1000);
    const response = await send('GET', `/content-manager/preview/url/api::news-item.news-item?documentId=${documentId}&locale=sv&status=draft`, headers);
    expect(response.status).toBe(200);
    const url = new URL(response.json.data.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${SITE_PREVIEW_URL}/forhandsvisning`);
    const query = Object.fromEntries(url.searchParams);
    expect(query).toMatchObject({ type: 'news', documentId, locale: 'sv' });
    expect(Number(query.expires)).toBeGreaterThanOrEqual(before + 3600);
    expect(Number(query.expires)).toBeLessThanOrEqual(before + 3605);
    const expected = createHmac('sha256', previewSecret()).update(`news:${documentId}:sv:${query.expires}`).digest('hex');
    expect(query.signature).toBe(expected);

    const courses = await rest('/api/courses');
    const courseUrl = await send(
      'GET',
      `/content-manager/preview/url/api::course.course?documentId=${courses.data[0].documentId}&locale=sv&status=draft`,
      headers,
    );
    expect(new URL(courseUrl.json.data.url).searchParams.get('type')).toBe('course');
    const about = await fetch(`${cms.url}/content-manager/preview/url/api::about-page.about-page?locale=sv&status=draft`, { headers });
    expect(about.status).toBe(204);
  });

  it('gives editors Swedish labels in the Content Manager, with Swedish as the default locale', async () => {
    const headers = await admin();
    const locales = (await send('GET', '/i18n/locales', headers)).json as unknown as { code: string; isDefault: boolean }[];
    expect(locales.map((locale) => [locale.code, locale.isDefault]).sort()).toEqual([
      ['en', false],
      ['sv', true],
    ]);
    const { data } = (await send('GET', '/content-manager/content-types/api::course.course/configuration', headers)).json;
    expect(data.contentType.metadatas.applicationDeadline.edit.label).toBe('Sista ansökningsdag');
    expect(data.contentType.metadatas.applicationDeadline.edit.description).toBe('Får inte vara efter kursstart.');
    const news = (await send('GET', '/content-manager/content-types/api::news-item.news-item/configuration', headers)).json.data;
    expect(news.contentType.metadatas.readingMinutes.edit).toMatchObject({ editable: false, label: 'Lästid (minuter)' });
    expect(news.contentType.metadatas.readingMinutes.edit.description).toContain('Beräknas automatiskt');
  });
});
