/**
 * The course sync from Susa-navet against a real Strapi and a local Susa-navet that answers as
 * Skolverket's OpenAPI description says, driven through the CLI as an operator would run it
 * (`pnpm --filter cms run courses:sync`) while the CMS runs. Each fault leaves the catalogue as it was.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSusaNavet } from '../../testing/susa-navet-server.mjs';
import { startTestCms } from '../../testing/services.mjs';

// Strapi's JSON answers, checked field by field by the assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const here = __dirname;
const catalogue = JSON.parse(readFileSync(path.join(here, 'fixtures/susa/catalogue.json'), 'utf8'));
const schema = JSON.parse(readFileSync(path.join(here, 'fixtures/susa/emil3-subset.schema.json'), 'utf8'));
const CLI = path.join(here, '..', 'scripts', 'courses-sync.mjs');
const COURSE_CM = '/content-manager/collection-types/api::course.course';

let susa: Awaited<ReturnType<typeof startSusaNavet>>;
let cms: Awaited<ReturnType<typeof startTestCms>>;
let clock = Date.now();
/** A lastEdited later than anything before it, as Susa-navet writes them (Swedish local time, no zone). */
const edited = () => new Date((clock += 60_000)).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' }).replace(' ', 'T');

beforeAll(async () => {
  susa = await startSusaNavet(catalogue, { filler: 2100 });
  cms = await startTestCms({ extraEnv: { SUSA_NAVET_TIMEOUT_MS: '1500', COURSE_SYNC_NIGHTLY: 'false' } });
});
afterAll(async () => {
  await cms?.stop();
  await susa?.close();
});

async function sync(args: string[] = [], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], {
      env: { ...process.env, CMS_URL: cms.url, SUSA_NAVET_URL: susa.url, COURSE_SYNC_SECRET: cms.cmsEnv.COURSE_SYNC_SECRET!, ...env },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

async function published(filters = 'filters[source][$eq]=skolverket'): Promise<Json[]> {
  const response = await fetch(`${cms.url}/api/courses?${filters}&populate=themes&pagination[pageSize]=100`, {
    headers: { authorization: `Bearer ${cms.token}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: Json[] }).data;
}
const byEvent = async (id: string) => (await published()).find((course) => course.susaEventId === id);

let editorHeaders: Record<string, string>;
async function editor() {
  if (editorHeaders) return editorHeaders;
  const response = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'redaktor.demo@spik.example', password: cms.cmsEnv.CMS_DEMO_ADMIN_PASSWORD }),
  });
  editorHeaders = { authorization: `Bearer ${((await response.json()) as Json).data.token}`, 'content-type': 'application/json' };
  return editorHeaders;
}

describe('the local Susa-navet', () => {
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it.each([
    '/educationEvents?schoolType=YH&page=0&size=2000',
    '/educationEvents?schoolType=YH&page=1&size=2000',
    '/educationInfos?schoolType=YH&page=0&size=2000',
    '/educationProviders?schoolType=YH&page=0&size=2000',
  ])('answers %s in the shape of the published description', async (query) => {
    const answer = await susa.answer(query);
    expect(validate(answer), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has a schema that refuses what the description does not allow', async () => {
    const answer = (await susa.answer('/educationEvents?schoolType=YH&page=0&size=1')) as Json;
    const broken = structuredClone(answer);
    delete broken.educationEvents[0].content.execution;
    expect(validate(broken)).toBe(false);
    expect(validate({ ...answer, page: { size: 1 } })).toBe(false);
    expect(await susa.answer('/educationEvents?size=2001')).toMatchObject({ status: 400, type: 'Bad Request' });
  });
});

describe('courses:sync', () => {
  it('imports the short YH courses of Skåne and Blekinge, reading every page, and takes the example tips down', async () => {
    expect((await published('filters[isExample][$eq]=true')).length).toBeGreaterThan(0);
    const run = await sync();
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain('Nya: 4. Uppdaterade: 0. Nedtagna: 0.');
    expect(run.out).toMatch(/Hämtat från Susa-navet: 2109 utbildningstillfällen, 6 utbildningar, 3 anordnare/);
    for (const reason of [
      'ges inte i Skåne eller Blekinge',
      'inte en kort kurs (program)',
      'inställd',
      'utgången',
      '120 YH-poäng, fler än en kort kurs (högst 99)',
    ])
      expect(run.out).toContain(reason);
    expect(susa.requests).toContain('/educationEvents?schoolType=YH&page=1&size=2000');
    expect(run.out).toContain('Exempelkurser tagna ner: 8.');
    expect(await published('filters[isExample][$eq]=true')).toEqual([]);

    const courses = await published();
    expect(courses.map((course) => course.susaEventId).sort()).toEqual(['e.automation.karlskrona', 'e.energi.malmo', 'e.ledarskap.lund', 'e.svets.ronneby']);
    expect(await byEvent('e.energi.malmo')).toMatchObject({
      title: 'Energieffektivisering i industrin (testdata)',
      slug: 'energieffektivisering-i-industrin-testdata-malmo-2027-02',
      provider: 'Testskolan YH Malmö (testdata)',
      municipalityCode: '1280',
      region: 'skane',
      town: 'Malmö',
      yhPoints: 30,
      pace: 'deltid50',
      mode: 'campus',
      startDate: '2027-02-01',
      endDate: '2027-06-11',
      applicationDeadline: '2027-01-10',
      applyUrl: 'https://ansokan.test.example/e.energi.malmo',
      source: 'skolverket',
      sourceStatus: 'aktiv',
      description: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Kursen ger verktyg för att mäta och minska energianvändningen i produktionen.' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'För dig som arbetar med drift eller underhåll.' }] },
      ],
    });
    expect((await byEvent('e.energi.malmo'))!.themes.map((item: Json) => item.theme)).toEqual(['energy_efficiency']);
    expect(await byEvent('e.automation.karlskrona')).toMatchObject({ mode: 'blandat', pace: 'heltid', region: 'blekinge' });
    expect((await byEvent('e.automation.karlskrona'))!.themes.map((item: Json) => item.theme).sort()).toEqual([
      'digitalisation',
      'sustainable_production_and_lean',
    ]);
    expect(await byEvent('e.ledarskap.lund')).toMatchObject({ mode: 'distans', pace: 'deltid25' });

    const status = await fetch(`${cms.url}/content-manager/single-types/api::course-sync-status.course-sync-status`, { headers: await editor() });
    expect(((await status.json()) as Json).data).toMatchObject({ outcome: 'lyckades', summary: expect.stringContaining('Nya: 4') });
  });

  it('updates rather than duplicates on the next run, asking only for what changed since the last', async () => {
    const before = susa.requests.length;
    const run = await sync();
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain('Nya: 0. Uppdaterade: 0. Nedtagna: 0. Oförändrade: 0.');
    expect(susa.requests.slice(before).every((request) => /updatedSince=2026-/.test(request))).toBe(true);
    expect(await published()).toHaveLength(4);
  });

  it("keeps an editor's SPIK tipsar mark, introduction and added theme through a sync, and refuses edits to Skolverket's fields", async () => {
    const course = (await byEvent('e.energi.malmo'))!;
    const headers = await editor();
    const url = `${cms.url}${COURSE_CM}/${course.documentId}?locale=sv`;
    const refused = await fetch(url, { method: 'PUT', headers, body: JSON.stringify({ title: 'Ett eget namn' }) });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Json).error.message).toContain(
      'kommer från Skolverket (Susa-navet) och uppdateras av synken varje natt, så Kursnamn kan inte ändras här',
    );
    const curated = {
      spikTips: true,
      introduction: 'Passar alla som sköter tryckluft och värme.',
      themes: [{ theme: 'energy_efficiency' }, { theme: 'green_business_models' }],
    };
    expect((await fetch(url, { method: 'PUT', headers, body: JSON.stringify(curated) })).status).toBe(200);
    expect((await fetch(`${cms.url}${COURSE_CM}/${course.documentId}/actions/publish?locale=sv`, { method: 'POST', headers, body: '{}' })).status).toBe(200);

    susa.editEvent('e.energi.malmo', { paceOfStudy: { percentage: 100 } }, edited());
    const run = await sync();
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain('Uppdaterade: 1.');
    const after = (await byEvent('e.energi.malmo'))!;
    expect(after).toMatchObject({ pace: 'heltid', spikTips: true, introduction: curated.introduction });
    expect(after.themes.map((item: Json) => item.theme).sort()).toEqual(['energy_efficiency', 'green_business_models']);
  });

  it('refuses a run that would take down most of the catalogue at once, and changes nothing', async () => {
    susa.setFault('empty');
    const run = await sync(['--full']);
    susa.setFault(null);
    expect(run.code, run.out).toBe(2);
    expect(run.out).toContain('Synken skulle ta ner 4 av 4 publicerade kurser från Skolverket på en gång');
    expect(await published()).toHaveLength(4);
  });

  it.each([
    ['500', 'HTTP 500'],
    ['503', 'HTTP 503 (The system is currently updating education resources.'],
    ['garbage', 'svaret är inte JSON'],
    ['slow', 'inget svar inom 1.5 s'],
  ] as const)('keeps the catalogue as it is when Susa-navet answers %s, and says why', async (fault, reason) => {
    susa.editEvent('e.ledarskap.lund', { isCancelled: true }, edited());
    susa.setFault(fault);
    const run = await sync();
    susa.setFault(null);
    susa.editEvent('e.ledarskap.lund', { isCancelled: false }, edited());
    expect(run.code, run.out).toBe(1);
    expect(run.out).toContain('Susa-navet kunde inte läsas');
    expect(run.out).toContain(reason);
    expect(run.out).toContain('Kurserna är oförändrade; nästa synk försöker igen.');
    expect(await published()).toHaveLength(4);
  });

  it('takes down a course cancelled at the source, and one removed from it', async () => {
    susa.editEvent('e.svets.ronneby', { isCancelled: true }, edited());
    susa.removeEvent('e.automation.karlskrona', edited());
    const run = await sync();
    expect(run.code, run.out).toBe(0);
    expect(run.out).toMatch(/Nedtagna: 2 \(1 inställd; 1 borttagen hos Susa-navet\)|Nedtagna: 2 \(1 borttagen hos Susa-navet; 1 inställd\)/);
    expect((await published()).map((course) => course.susaEventId).sort()).toEqual(['e.energi.malmo', 'e.ledarskap.lund']);
  });

  it('says what is wrong when the CMS is not there or the secret is wrong', async () => {
    const away = await sync([], { CMS_URL: 'http://127.0.0.1:9' });
    expect(away.code).toBe(1);
    expect(away.out).toContain('CMS:et svarar inte på http://127.0.0.1:9');
    const wrong = await sync([], { COURSE_SYNC_SECRET: 'fel' });
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('Fel eller saknad synkhemlighet');
    expect((await sync(['--allt'])).out).toContain('Okänt argument: --allt');
  });
});

describe('courses:sync after the project has ended', () => {
  it('stops: a change at the source is not applied, the tips stand as they were, and the run says why', async () => {
    const before = (await published()).map((course) => `${course.susaEventId} ${course.title}`).sort();
    expect(before.length).toBeGreaterThan(0);
    susa.editEvent('e.energi.malmo', { isCancelled: true }, edited());
    const reads = susa.requests.length;
    await cms.stopKeepingData();
    cms = await startTestCms({ reuse: cms.storage, extraEnv: { SUSA_NAVET_TIMEOUT_MS: '1500', COURSE_SYNC_NIGHTLY: 'false', CMS_TODAY: '2027-01-01' } });
    const run = await sync();
    expect(run.code, run.out).toBe(2);
    expect(run.out).toContain('Projektet avslutades 31 december 2026: kurssynken är stoppad');
    expect(susa.requests.length).toBe(reads);
    expect((await published()).map((course) => `${course.susaEventId} ${course.title}`).sort()).toEqual(before);
  });
});
