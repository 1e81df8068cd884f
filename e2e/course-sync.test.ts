/**
 * Real course data end to end: with the stack running, `pnpm --filter cms run courses:sync`
 * against a local Susa-navet puts Skolverket's short YH courses of Skåne and Blekinge in the API
 * and on /kurser (source named, examples gone), a second run changes nothing, a course cancelled
 * at the source leaves the site, and an editor's "SPIK tipsar" survives. The feeds are read by
 * an iCalendar parser and an XML parser, as a calendar and a feed reader would.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { startSusaNavet } from '../testing/susa-navet-server.mjs';
import { startStack } from '../testing/services.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const catalogue = JSON.parse(readFileSync(path.join(root, 'cms/test/fixtures/susa/catalogue.json'), 'utf8'));
const ENERGY = 'Energieffektivisering i industrin (testdata)';

let stack: Awaited<ReturnType<typeof startStack>>;
let susa: Awaited<ReturnType<typeof startSusaNavet>>;
let browser: Browser;

beforeAll(async () => {
  susa = await startSusaNavet(catalogue);
  stack = await startStack({ today: '2026-11-28' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await susa?.close();
});

async function sync() {
  const { stdout } = await promisify(execFile)('pnpm', ['--filter', 'cms', 'run', 'courses:sync'], {
    cwd: root,
    env: { ...process.env, CMS_URL: stack.cmsUrl, SUSA_NAVET_URL: susa.url, COURSE_SYNC_SECRET: stack.cmsEnv.COURSE_SYNC_SECRET! },
  });
  return stdout;
}

type ApiCourse = { title: string; slug: string; source: string; isExample: boolean; spikRecommends: boolean; town: string };
async function apiCourses(): Promise<ApiCourse[]> {
  const response = await fetch(`${stack.apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ courses(first: 100, filter: { startsFrom: "2026-11-28" }) { edges { node { title slug source isExample spikRecommends town } } } }',
    }),
  });
  return ((await response.json()) as { data: { courses: { edges: { node: ApiCourse }[] } } }).data.courses.edges.map((edge) => edge.node);
}

/** The site follows the CMS through the purge webhook; a render of the last second may still be served. */
const eventually = async <T>(read: () => Promise<T>, until: (value: T) => boolean) => {
  for (let attempt = 0; attempt < 40; attempt++) {
    const value = await read();
    if (until(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return read();
};

describe('courses from Skolverket', () => {
  it('lists the short YH courses of Skåne and Blekinge in the API and on /kurser, with their source, and no examples', async () => {
    expect(await sync()).toContain('Nya: 4.');
    const courses = await eventually(apiCourses, (list) => list.every((course) => !course.isExample));
    expect(courses.map((course) => course.title).sort()).toEqual([
      'Automation och underhåll (testdata)',
      ENERGY,
      'Ledarskap i omställningen (testdata)',
      'Svetsteknik (testdata)',
    ]);
    expect(courses.every((course) => course.source === 'SKOLVERKET')).toBe(true);

    const page = await browser.newPage();
    await page.goto(`${stack.siteUrl}/kurser/`);
    await expect.poll(() => page.reload().then(() => page.locator('#kursantal').innerText())).toBe('4 kurser');
    const cards = page.locator('#kursresultat article');
    expect(await cards.count()).toBe(4);
    for (const card of await cards.all()) expect(await card.innerText()).toContain('Källa: Skolverket, Susa-navet');
    expect(await page.locator('#kursresultat').innerText()).not.toContain('Exempel');
    await page.getByRole('link', { name: ENERGY }).click();
    const details = await page.locator('main').innerText();
    expect(details).toMatch(/Källa: Skolverket, Susa-navet\. Uppdaterad \d{1,2} [a-zåäö]+ 20\d\d kl\. \d\d\.\d\d\./);
    expect(details).toContain('Malmö, Skåne');
    await page.close();
  });

  it('updates rather than duplicates on a second run', async () => {
    expect(await sync()).toContain('Nya: 0. Uppdaterade: 0. Nedtagna: 0.');
    expect(await apiCourses()).toHaveLength(4);
  });

  it('offers the matching deadlines and starts as an iCalendar feed that a calendar parser reads', async () => {
    const response = await fetch(`${stack.siteUrl}/kurser/kalender.ics?region=BLEKINGE`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events.map((event) => `${event.startDate.toString()} ${event.summary}`).sort()).toEqual([
      '2027-02-01 Sista ansökningsdag: Automation och underhåll (testdata)',
      '2027-03-01 Kursstart: Automation och underhåll (testdata)',
      '2027-04-01 Sista ansökningsdag: Svetsteknik (testdata)',
      '2027-05-03 Kursstart: Svetsteknik (testdata)',
    ]);
    expect(events.every((event) => event.startDate.isDate)).toBe(true);
    expect(new Set(events.map((event) => event.uid)).size).toBe(4);
    expect(events[0]!.component.getFirstPropertyValue('url')).toMatch(new RegExp(`^${stack.siteUrl}/kurser/`));
  });

  it('offers the new courses as RSS for the same choices', async () => {
    const xml = await (await fetch(`${stack.siteUrl}/kurser/nya.xml?tema=ENERGY_EFFICIENCY`)).text();
    const channel = (
      new XMLParser({ ignoreAttributes: false }).parse(xml) as {
        rss: { channel: { item: { title: string } | { title: string }[]; 'atom:link': Record<string, string> } };
      }
    ).rss.channel;
    expect([channel.item].flat().map((item) => item.title)).toEqual([ENERGY]);
    expect(channel['atom:link']['@_href']).toBe(`${stack.siteUrl}/kurser/nya.xml?tema=ENERGY_EFFICIENCY`);
  });

  it("takes a course cancelled at the source off the site, and keeps an editor's SPIK tipsar mark", async () => {
    const login = await fetch(`${stack.cmsUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'redaktor.demo@spik.example', password: stack.cmsEnv.CMS_DEMO_ADMIN_PASSWORD }),
    });
    const headers = { authorization: `Bearer ${((await login.json()) as { data: { token: string } }).data.token}`, 'content-type': 'application/json' };
    const cm = `${stack.cmsUrl}/content-manager/collection-types/api::course.course`;
    const found = (await (await fetch(`${cm}?filters[title][$eq]=${encodeURIComponent(ENERGY)}`, { headers })).json()) as { results: { documentId: string }[] };
    const documentId = found.results[0]!.documentId;
    expect((await fetch(`${cm}/${documentId}/actions/publish?locale=sv`, { method: 'POST', headers, body: JSON.stringify({ spikTips: true }) })).status).toBe(
      200,
    );

    const lastEdited = new Date(Date.now() + 60_000).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' }).replace(' ', 'T');
    susa.editEvent('e.svets.ronneby', { isCancelled: true }, lastEdited);
    expect(await sync()).toContain('Nedtagna: 1 (1 inställd)');
    const courses = await eventually(apiCourses, (list) => list.length === 3);
    expect(courses.map((course) => course.title)).not.toContain('Svetsteknik (testdata)');
    expect(courses.find((course) => course.title === ENERGY)?.spikRecommends).toBe(true);
    const html = await eventually(
      () => fetch(`${stack.siteUrl}/kurser/`).then((response) => response.text()),
      (text) => !text.includes('Svetsteknik (testdata)'),
    );
    expect(html).not.toContain('Svetsteknik (testdata)');
    expect(html).toContain('SPIK tipsar');
  });
});
