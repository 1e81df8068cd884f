import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/orm.js';
import { seedProject } from '../src/project-data/project.seed.js';
import { type RunningApi, drivers, startTestApi } from './harness.js';

describe.each(drivers)('project on $name', (driver) => {
  let api: RunningApi;
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await driver.open());
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api?.app.close();
    await dispose?.();
  });

  it('answers with the facts of the press release', async () => {
    const result = await api.graphql(
      '{ project { name shortName period { start end } budgetSek mainFinancier targets { employeesTrained companiesSupported } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      project: {
        name: 'SPIK – Strategiskt Partnerskap för Industrins Kompetens',
        shortName: 'SPIK',
        period: { start: '2024-01-01', end: '2026-12-31' },
        budgetSek: 22_300_000,
        mainFinancier: 'Europeiska socialfonden',
        targets: { employeesTrained: 1500, companiesSupported: 100 },
      },
    });
  });

  it('seeds the project once, however often the API starts', async () => {
    await seedProject(db.em);
    await seedProject(db.em);
    const rows = await db.em.fork().getConnection().execute('select count(*)::int as n from project');
    expect(rows[0]).toEqual({ n: 1 });
  });
});
