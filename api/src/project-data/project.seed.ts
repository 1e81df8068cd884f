import type { SqlEntityManager } from '@mikro-orm/sql';
import { PROJECT_PERIOD } from '@spik/shared';
import { Project } from './project.entity.js';

/** The facts box of the SPIK press release (grant decided 5 December 2023). */
export const SPIK = {
  key: 'spik',
  name: 'SPIK – Strategiskt Partnerskap för Industrins Kompetens',
  shortName: 'SPIK',
  period: { ...PROJECT_PERIOD },
  budgetSek: 22_300_000,
  mainFinancier: 'Europeiska socialfonden',
  targets: { employeesTrained: 1500, companiesSupported: 100 },
} as const;

/** Inserts the project if it is missing; never overwrites what is there. */
export async function seedProject(em: SqlEntityManager): Promise<void> {
  const fork = em.fork();
  if (await fork.count(Project, { key: SPIK.key })) return;
  fork.create(Project, {
    ...SPIK,
    period: { ...SPIK.period },
    targets: { ...SPIK.targets },
  });
  await fork.flush();
}
