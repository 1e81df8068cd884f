/**
 * The attacks measured on the running stack (issue 11), replayed over HTTP against a running API
 * with demo data and a partner key, as a partner would make them. Each must now come back empty:
 * the published figures stay within the documented bounds of the truth, and the differences the
 * attacks relied on are refused, identical, or noisy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataVersion } from '../src/db/data-version.js';
import type { Database } from '../src/db/orm.js';
import { generateDemoData } from '../src/project-data/demo-data.js';
import { type RunningApi, createTestKeys, drivers, startTestApi } from './harness.js';

const TODAY = '2026-06-30';
const T = 4;
const D = 2;
type Figure = { value: number | null; suppressed: boolean; exact: boolean };
const MONTH_ENDS = ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30', '2025-07-31', '2025-08-31', '2025-09-30'];

/** A published figure must be the truth (exact), within ±D of it, or withheld with a truth of at most T + D. */
const honest = (figure: Figure, truth: number) =>
  figure.exact ? figure.value === truth : figure.suppressed ? figure.value === null && truth <= T + D : Math.abs(figure.value! - truth) <= D && truth > T;

describe('the measured attacks, replayed over HTTP', () => {
  let api: RunningApi;
  let db: Database;
  let dispose: () => Promise<void>;
  let partner: string;
  const sql = async <R>(query: string, params: unknown[] = []) => (await db.em.fork().getConnection().execute(query, params)) as R[];
  const ask = async <R>(query: string, variables?: Record<string, unknown>) => {
    const result = await api.graphql<R>(query, variables, partner);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  beforeAll(async () => {
    ({ db, dispose } = await drivers.at(-1)!.open());
    api = await startTestApi(db, undefined, new DataVersion(), { threshold: T, today: () => TODAY });
    await generateDemoData(db.em.fork(), { companies: 60, participants: 700, until: TODAY, seed: 'attacks' });
    ({ partner } = await createTestKeys(db));
  });
  afterAll(async () => {
    await api?.app.close();
    await dispose?.();
  });

  it('refuses periods one day apart, in GraphQL and the CSV, saying which month to ask for', async () => {
    const result = await api.graphql('{ indicators(filter: { period: { to: "2025-05-20" } }) { participants { total { value } } } }', undefined, partner);
    expect(result.errors?.[0]?.message).toContain('"to" must be the last day of a month, e.g. "2025-05-31"');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.to' });
    const csv = await fetch(`${api.url}/export/indicators.csv?from=2025-05-19`, { headers: { authorization: `Bearer ${partner}` } });
    expect(csv.status).toBe(400);
    expect(((await csv.json()) as { errors: { message: string }[] }).errors[0]!.message).toContain('"from" must be the first day of a month');
  });

  it('keeps every figure of periods one month apart within its bounds, in three scopes, for people and companies', async () => {
    for (const [scope, where] of [
      [{}, 'true'],
      [{ region: 'BLEKINGE' }, "c.region = 'BLEKINGE'"],
      [{ municipality: '1280' }, "c.municipality_code = '1280'"],
    ] as const) {
      for (const to of MONTH_ENDS) {
        const data = await ask<{
          indicators: {
            participants: { total: Figure; byGender: (Figure & { key: string })[] };
            companies: { total: Figure; bySizeClass: (Figure & { key: string })[] };
          };
        }>(
          'query($filter: IndicatorFilter) { indicators(filter: $filter) { participants { total { value suppressed exact } byGender { key value suppressed exact } } companies { total { value suppressed exact } bySizeClass { key value suppressed exact } } } }',
          { filter: { ...scope, period: { to } } },
        );
        const [truth] = await sql<{ participants: number; companies: number }>(
          `select (select count(*) from participant p join company c on c.id = p.company_id where ${where} and p.enrolled_on <= ?)::int as participants,
                  (select count(*) from company c where ${where} and c.joined_on <= ?)::int as companies`,
          [to, to],
        );
        const label = `${JSON.stringify(scope)} to ${to}`;
        expect(honest(data.indicators.participants.total, truth!.participants), label).toBe(true);
        expect(honest(data.indicators.companies.total, truth!.companies), label).toBe(true);
        for (const cell of data.indicators.participants.byGender) {
          const [n] = await sql<{ n: number }>(
            `select count(*)::int as n from participant p join company c on c.id = p.company_id where ${where} and p.enrolled_on <= ? and p.gender = ?`,
            [to, cell.key],
          );
          expect(honest(cell, n!.n), `${label} ${cell.key}`).toBe(true);
          // Only the whole project's totals are ever exact, so two months never differ exactly.
          expect(cell.exact).toBe(false);
        }
        for (const cell of data.indicators.companies.bySizeClass) expect(cell.exact).toBe(false);
      }
    }
  });

  it('gives the monthly and quarterly series the same figure at every quarter end', async () => {
    for (const filter of [{}, { region: 'BLEKINGE' }, { sizeClass: 'MICRO' }]) {
      const data = await ask<{
        indicators: { month: { end: string; participants: Figure; companies: Figure }[]; quarter: { end: string; participants: Figure; companies: Figure }[] };
      }>(
        'query($filter: IndicatorFilter) { indicators(filter: $filter) { month: timeSeries(granularity: MONTH) { end participants { value suppressed exact } companies { value suppressed exact } } quarter: timeSeries(granularity: QUARTER) { end participants { value suppressed exact } companies { value suppressed exact } } } }',
        { filter },
      );
      expect(data.indicators.quarter.length).toBeGreaterThan(5);
      for (const point of data.indicators.quarter) {
        const monthly = data.indicators.month.find((m) => m.end === point.end)!;
        expect(point.companies).toEqual(monthly.companies);
        expect(point.participants).toEqual(monthly.participants);
      }
    }
  });

  it('names a Mind The Gap area only for more than four companies, with a perturbed count, in every region', async () => {
    let listed = 0;
    for (const [filter, where] of [
      [{}, 'true'],
      [{ region: 'SKANE' }, "c.region = 'SKANE'"],
      [{ region: 'BLEKINGE' }, "c.region = 'BLEKINGE'"],
    ] as const) {
      const data = await ask<{ indicators: { gaps: { topCompetenceAreas: { area: string; companies: Figure }[] } } }>(
        'query($filter: IndicatorFilter) { indicators(filter: $filter) { gaps { topCompetenceAreas { area companies { value suppressed exact } } } } }',
        { filter },
      );
      for (const need of data.indicators.gaps.topCompetenceAreas) {
        const [truth] = await sql<{ n: number }>(
          `select count(distinct c.id)::int as n from competence_shift s join gap_analysis g on g.id = s.analysis_id join company c on c.id = g.company_id
           where ${where} and s.area = ? and c.joined_on <= ?`,
          [need.area, TODAY],
        );
        expect(truth!.n, `${need.area} in ${JSON.stringify(filter)}`).toBeGreaterThan(T);
        expect(honest(need.companies, truth!.n)).toBe(true);
        expect(need.companies.exact).toBe(false);
        listed++;
      }
    }
    expect(listed).toBeGreaterThan(0);
  });

  it('protects organisation counts like every other count, so withheld ones cannot be recovered from the exact totals', async () => {
    const data = await ask<{ organisations: { name: string; companiesSupported: Figure; participantsTrained: Figure }[] }>(
      '{ organisations { name companiesSupported { value suppressed exact } participantsTrained { value suppressed exact } } }',
    );
    for (const organisation of data.organisations) {
      const [truth] = await sql<{ companies: number; participants: number }>(
        `select (select count(*) from company c join organisation o on o.id = c.responsible_partner_id where o.name = ? and c.joined_on <= ?)::int as companies,
                (select count(*) from participant p join company c on c.id = p.company_id join organisation o on o.id = c.responsible_partner_id where o.name = ? and p.enrolled_on <= ?)::int as participants`,
        [organisation.name, TODAY, organisation.name, TODAY],
      );
      expect(honest(organisation.companiesSupported, truth!.companies), organisation.name).toBe(true);
      expect(honest(organisation.participantsTrained, truth!.participants), organisation.name).toBe(true);
      expect(organisation.companiesSupported.exact && organisation.participantsTrained.exact).toBe(false);
    }
  });
});
