/** The sync's pure rules: what an event becomes, and when a plan is too much to believe. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoInstant, plainText, slugify, themesOf, toCourse } from '../src/course-sync/mapping';
import { implausible, planSync, type StoredCourse } from '../src/course-sync/plan';

const here = __dirname;
const catalogue = JSON.parse(readFileSync(path.join(here, 'fixtures/susa/catalogue.json'), 'utf8'));
const event = (id: string) => catalogue.events.find((item: { identifier: string }) => item.identifier === id);
const info = (id: string) => catalogue.infos.find((item: { identifier: string }) => item.identifier === id);
const provider = (id: string) => catalogue.providers.find((item: { identifier: string }) => item.identifier === id);
const NOW = '2026-12-01T12:00:00.000Z';
const map = (id: string, change: object = {}) => {
  const base = { ...event(id), ...change };
  return toCourse(base, info(base.education), provider(base.providers[0]), NOW);
};

describe('an event as a course tip', () => {
  it('transliterates Swedish letters in slugs as the seed does', () => {
    expect(slugify('Grön omställning – Örkelljunga & Åhus')).toBe('gron-omstallning-orkelljunga-ahus');
    expect(slugify('Énergie ÄÖÅ')).toBe('energie-aoa');
  });

  it('maps pace to the nearest of full time, 75, 50 and 25 percent, and distance sessions to the mode', () => {
    expect(map('e.energi.malmo', { paceOfStudy: { percentage: 90 } })).toMatchObject({ pace: 'heltid', mode: 'campus' });
    expect(map('e.energi.malmo', { paceOfStudy: { percentage: 66 } })).toMatchObject({ pace: 'deltid75' });
    expect(map('e.energi.malmo', { paceOfStudy: { percentage: 33 }, distance: { noOfMandatorySessions: 0 } })).toMatchObject({
      pace: 'deltid25',
      mode: 'distans',
    });
    expect(map('e.energi.malmo', { distance: { noOfMandatorySessions: 3 } })).toMatchObject({ mode: 'blandat' });
  });

  it('gives the reason for every event it does not take', () => {
    expect(map('e.energi.malmo', { application: { url: { urls: [{ value: 'http://osäker.example' }] }, last: '2027-01-10' }, url: undefined })).toMatchObject({
      applyUrl: 'https://utbildningar.test.example/i.energi',
    });
    expect(map('e.energi.malmo', { application: { last: '2027-03-01' } })).toEqual({ skip: 'sista ansökningsdag (2027-03-01) efter kursstart (2027-02-01)' });
    expect(map('e.energi.malmo', { application: {} })).toEqual({ skip: 'saknar sista ansökningsdag' });
    expect(map('e.energi.malmo', { locations: [{ areaCode: '1380', town: 'Halmstad' }] })).toEqual({ skip: 'ges inte i Skåne eller Blekinge' });
    expect(map('e.energi.malmo', { expires: '2026-11-30T23:59:59' })).toEqual({ skip: 'utgången' });
    expect(toCourse(event('e.energi.malmo'), undefined, provider('p.yh.malmo'), NOW)).toEqual({ skip: 'utbildningen (educationInfo) saknas hos Susa-navet' });
  });

  it('maps ISCED-F 2013 subjects to themes where they fit, and ignores other classifications', () => {
    expect(
      themesOf({
        ...info('i.energi'),
        subjects: [
          { type: 'C_Subject_ISCED2013', code: '0613' },
          { type: 'C_Subject_SUN', code: '0713' },
          { type: 'C_Subject_ISCED2013', code: '0921' },
        ],
      }),
    ).toEqual(['digitalisation']);
  });
});

describe('a sync plan', () => {
  const stored = (id: string): StoredCourse => ({
    documentId: id,
    susaEventId: id,
    susaInfoId: null,
    susaProviderId: null,
    slug: id,
    published: true,
    sourceUpdatedAt: null,
    sourceStatus: 'aktiv',
    sourceExpiresAt: null,
  });
  const catalogueOf = (n: number) => Array.from({ length: n }, (_, i) => stored(`e${i}`));

  it('refuses to take down more than half of four or more published courses', () => {
    const four = catalogueOf(4);
    expect(implausible(planSync([], four, { full: true, now: NOW }), four)).toContain('Synken skulle ta ner 4 av 4');
    const twoOfFour = planSync(
      [
        { eventId: 'e0', skip: 'inställd', status: 'installd' },
        { eventId: 'e1', skip: 'inställd', status: 'installd' },
      ],
      four,
      { full: false, now: NOW },
    );
    expect(twoOfFour.takeDown).toHaveLength(2);
    expect(implausible(twoOfFour, four)).toBeNull();
    const three = catalogueOf(3);
    expect(implausible(planSync([], three, { full: true, now: NOW }), three)).toBeNull();
  });

  it('takes down an expired course an incremental read did not list', () => {
    const expired = { ...stored('old'), sourceExpiresAt: '2026-11-01T00:00:00.000Z' };
    expect(planSync([], [expired, stored('live')], { full: false, now: NOW }).takeDown.map((item) => [item.stored.susaEventId, item.status])).toEqual([
      ['old', 'utgangen'],
    ]);
  });
});

describe('Susa-navet as Skolverket writes it', () => {
  it('reads a time without an offset as Swedish time, on a server in any time zone', () => {
    const serverZone = process.env.TZ;
    try {
      for (const zone of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
        process.env.TZ = zone;
        expect(isoInstant('2025-04-24T11:39:21')).toBe('2025-04-24T09:39:21.000Z'); // summer time, UTC+2
        expect(isoInstant('2025-01-15T08:00:00')).toBe('2025-01-15T07:00:00.000Z'); // winter time, UTC+1
      }
    } finally {
      if (serverZone === undefined) delete process.env.TZ;
      else process.env.TZ = serverZone;
    }
  });

  it('keeps a time that names its offset, and refuses what is no time', () => {
    expect(isoInstant('2025-04-24T11:39:21Z')).toBe('2025-04-24T11:39:21.000Z');
    expect(isoInstant('2025-04-24T11:39:21+01:00')).toBe('2025-04-24T10:39:21.000Z');
    expect(isoInstant('2025-02-30T10:00:00')).toBeNull();
    expect(isoInstant('inte ett datum')).toBeNull();
    expect(isoInstant(undefined)).toBeNull();
  });

  it('shows the letters and quotes a text escapes, and never turns escaped text into a tag', () => {
    expect(plainText('Kurs i &quot;hållbar&quot; produktion f&ouml;r oper&#228;t&#x00F6;rer')).toBe('Kurs i "hållbar" produktion för operätörer');
    expect(plainText('Sm&aring; f&ouml;retag &amp; stora')).toBe('Små företag & stora');
    expect(plainText('Skriv &amp;lt;b&amp;gt; för fetstil')).toBe('Skriv &lt;b&gt; för fetstil');
    expect(plainText('&lt;script&gt;larm()&lt;/script&gt;')).toBe('<script>larm()</script>');
    expect(plainText('<p>Första&nbsp;stycket</p><p>Andra <b>stycket</b></p>')).toBe('Första stycket\nAndra stycket');
  });
});
