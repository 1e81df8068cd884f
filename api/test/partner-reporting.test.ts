/**
 * Partner reporting in ESF+ terms, as a statistics client reads it: jsonstat-toolkit fetches
 * /export/indicators.jsonstat over HTTP with a partner key and finds the common indicators with
 * the same protected totals as GraphQL; withheld cells are flagged as JSON-stat allows. A frozen
 * quarter stays exactly as reported after new data arrives, and the revision log shows what changed.
 */
import JSONstat from 'jsonstat-toolkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataVersion } from '../src/db/data-version.js';
import type { Database } from '../src/db/orm.js';
import { generateDemoData } from '../src/project-data/demo-data.js';
import { type RunningApi, createTestKeys, drivers, startTestApi } from './harness.js';

const TODAY = '2026-06-15';
let db: Database;
let dispose: () => Promise<void>;
let api: RunningApi;
let keys: { partner: string; staff: string };

beforeAll(async () => {
  ({ db, dispose } = await drivers[0]!.open());
  api = await startTestApi(db, undefined, new DataVersion(), { today: () => TODAY });
  await generateDemoData(db.em.fork(), { companies: 60, participants: 900, until: TODAY, seed: 'esf' });
  keys = await createTestKeys(db);
});
afterAll(async () => {
  await api?.app.close();
  await dispose?.();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies read loosely, as a client would
async function graphql(query: string, key = keys.partner): Promise<{ data: any; errors?: { message: string; extensions: { code: string } }[] }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  return response.json() as never;
}

describe('the ESF+ indicators', () => {
  it.each([
    ['the whole project', '', ''],
    ['Skåne, small companies', '?region=SKANE&sizeClass=SMALL', 'filter: { region: SKANE, sizeClass: SMALL }'],
  ])('reach a JSON-stat client with the same totals as GraphQL: %s', async (_name, params, filter) => {
    const dataset = await JSONstat(`${api.url}/export/indicators.jsonstat${params}`, { headers: { authorization: `Bearer ${keys.partner}` } });
    expect(dataset.class).toBe('dataset');
    const indicator = dataset.Dimension('indikator');
    expect(indicator.id).toEqual(expect.arrayContaining(['EECO01', 'EECO05', 'EECO07', 'EECO08', 'EECO09', 'EECO10', 'EECO11', 'EECO19']));
    expect(indicator.Category('EECO19').label).toBe('Stödda mikroföretag samt små och medelstora företag');
    const reply = await graphql(
      `{ indicators${filter ? `(${filter})` : ''} { participants { total { value } byGender { key value } } companies { total { value } } } }`,
    );
    expect(reply.errors).toBeUndefined();
    const { participants, companies } = reply.data.indicators;
    expect(dataset.Data({ indikator: 'EECO01', kon: 'TOTAL' }).value).toBe(participants.total.value);
    expect(dataset.Data({ indikator: 'EECO05', kon: 'TOTAL' }).value).toBe(participants.total.value);
    expect(dataset.Data({ indikator: 'EECO19', kon: 'TOTAL' }).value).toBe(companies.total.value);
    expect(dataset.Data({ indikator: 'EECO01', kon: 'WOMAN' }).value).toBe(participants.byGender.find((cell: { key: string }) => cell.key === 'WOMAN').value);
    // An enterprise has no gender: not applicable, not zero.
    expect(dataset.Data({ indikator: 'EECO19', kon: 'WOMAN' })).toEqual({ value: null, status: 'z' });
    // Every null figure is flagged, and a withheld one as confidential.
    const cells = dataset.Data() as { value: number | null; status: string | null }[];
    for (const cell of cells) if (cell.value === null) expect(['c', 'z']).toContain(cell.status);
    expect(dataset.extension.licence).toContain('CC BY 4.0');
  });

  it('withholds small ESF+ groups: the non-binary cells are confidential, never a small number', async () => {
    const dataset = await JSONstat(`${api.url}/export/indicators.jsonstat?municipality=1080`, { headers: { authorization: `Bearer ${keys.partner}` } });
    const statuses = ['EECO06', 'EECO07', 'EECO08', 'EECO09', 'EECO10', 'EECO11'].map((id) => dataset.Data({ indikator: id, kon: 'OTHER' }));
    for (const cell of statuses) {
      if (cell.value === null) expect(cell.status).toBe('c');
      else expect(cell.value).toBeGreaterThan(4);
    }
    expect(statuses.some((cell) => cell.status === 'c')).toBe(true);
  });

  it('gives the catalogue with definitions in GraphQL: the whole project to anyone (decision 0035), a filter to partners only', async () => {
    const query =
      '{ indicatorCatalogue { asOf licence protection indicators { id esfCode nameSv nameEn definitionSv unit breakdowns total { value suppressed exact } byGender { key value suppressed } } } }';
    const reply = await graphql(query);
    expect(reply.errors).toBeUndefined();
    const catalogue = reply.data.indicatorCatalogue;
    expect(catalogue.asOf).toBe('2026-05-31');
    const eeco01 = catalogue.indicators.find((i: { id: string }) => i.id === 'EECO01');
    expect(eeco01).toMatchObject({ esfCode: 'EECO01', unit: 'deltagare', breakdowns: ['gender'] });
    expect(eeco01.byGender.map((cell: { key: string }) => cell.key)).toEqual(['WOMAN', 'MAN', 'OTHER', 'NOT_STATED']);
    const anonymously = async (document: string) =>
      (await (
        await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: document }) })
      ).json()) as {
        data?: { indicatorCatalogue: unknown } | null;
        errors?: { message: string; extensions: { code: string } }[];
      };
    expect((await anonymously(query)).data?.indicatorCatalogue).toEqual(catalogue);
    const filtered = await anonymously(query.replace('indicatorCatalogue {', 'indicatorCatalogue(filter: { region: BLEKINGE }) {'));
    expect(filtered.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(filtered.errors?.[0]?.message).toContain('partner');
  });

  it('refuses callers without a partner key and bad parameters, saying what is wrong', async () => {
    expect((await fetch(`${api.url}/export/indicators.jsonstat`)).status).toBe(401);
    const bad = await fetch(`${api.url}/export/indicators.jsonstat?sizeClass=HUGE`, { headers: { authorization: `Bearer ${keys.partner}` } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { message: string }[] }).errors[0]!.message).toContain('"HUGE" is not a valid sizeClass');
  });
});

const jsonstat = (params: string) => fetch(`${api.url}/export/indicators.jsonstat${params}`, { headers: { authorization: `Bearer ${keys.partner}` } });
const FREEZE = (quarter: string) => `mutation { freezeQuarter(quarter: "${quarter}") { quarter frozenBy revisions { indicator } } }`;

describe('a frozen quarter', () => {
  it('stays exactly as reported after new data is imported, and the revision log says what changed', async () => {
    const frozen = await graphql(FREEZE('2026-Q1'), keys.staff);
    expect(frozen.errors, JSON.stringify(frozen.errors)).toBeUndefined();
    expect(frozen.data.freezeQuarter).toEqual({ quarter: '2026-Q1', frozenBy: 'Test Staff', revisions: [] });
    const reported = await (await jsonstat('?snapshot=2026-Q1')).text();
    const reportedTotal = JSON.parse(reported).value[0];
    expect(reportedTotal).toBeGreaterThan(4);

    // Corrections after the report: ten participants enrolled in February come in late.
    const [company] = await db.em.fork().getConnection().execute<{ org_number: string }[]>('select org_number from company order by id limit 1');
    const orgNumber = `${company!.org_number.slice(0, 6)}-${company!.org_number.slice(6)}`;
    for (let i = 0; i < 10; i++) {
      const created = await graphql(
        `mutation { createParticipant(input: { reference: "sent-${i}", companyOrgNumber: "${orgNumber}", gender: WOMAN, birthYear: 1980, education: ISCED_3_4, enrolledOn: "2026-02-10" }) { id } }`,
        keys.staff,
      );
      expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    }

    expect(await (await jsonstat('?snapshot=2026-Q1')).text()).toBe(reported);
    const today = (await (await jsonstat('?to=2026-03-31')).json()) as { value: number[] };
    expect(today.value[0]).not.toBe(reportedTotal);
    const log = await graphql('{ frozenQuarters { quarter revisions { indicator gender reported now } } }', keys.partner);
    expect(log.errors).toBeUndefined();
    const [quarter] = log.data.frozenQuarters;
    expect(quarter.quarter).toBe('2026-Q1');
    expect(quarter.revisions).toContainEqual({ indicator: 'EECO01', gender: 'TOTAL', reported: reportedTotal, now: today.value[0] });
  });

  it('is frozen once, only after it is released, only by staff, and named as a quarter', async () => {
    const again = await graphql(FREEZE('2026-Q1'), keys.staff);
    expect(again.errors?.[0]?.extensions.code).toBe('QUARTER_ALREADY_FROZEN');
    const early = await graphql(FREEZE('2026-Q2'), keys.staff);
    expect(early.errors?.[0]?.extensions.code).toBe('QUARTER_NOT_RELEASED');
    expect(early.errors?.[0]?.message).toContain('2026-06-30');
    const malformed = await graphql(FREEZE('2026-Q5'), keys.staff);
    expect(malformed.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const partner = await graphql(FREEZE('2025-Q4'), keys.partner);
    expect(partner.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await jsonstat('?snapshot=2025-Q4')).status).toBe(404);
    expect((await jsonstat('?snapshot=2026-Q1&region=SKANE')).status).toBe(400);
  });
});
