/**
 * Fill the database with deterministic demo data:
 *   pnpm --filter @spik/api demo-data [--participants 1500] [--companies 100] [--enrolments 2] [--replace]
 * Scale mode for the benchmark: --participants 1000000 --companies 20000 --enrolments 5.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { openDatabaseOrExit } from '../db/orm.js';
import { generateDemoData, hasDemoData, removeDemoData } from './demo-data.js';
import { seedOrganisations } from './organisations.seed.js';
import { seedProject } from './project.seed.js';

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '1500' },
    companies: { type: 'string', default: '100' },
    enrolments: { type: 'string', default: '2' },
    until: { type: 'string' },
    seed: { type: 'string', default: 'spik' },
    replace: { type: 'boolean', default: false },
  },
});
const db = await openDatabaseOrExit(readConfig());
try {
  await db.migrate();
  await seedProject(db.em);
  await seedOrganisations(db.em);
  if (await hasDemoData(db.em)) {
    if (!values.replace) throw new Error('Demo data is already there; pass --replace to regenerate it.');
    console.log('Removing the old demo data…');
    await removeDemoData(db.em);
  }
  const started = Date.now();
  console.log(`Generating ${values.companies} companies and ${values.participants} participants…`);
  await generateDemoData(db.em, {
    participants: Number(values.participants),
    companies: Number(values.companies),
    enrolmentsPerParticipant: Number(values.enrolments),
    until: values.until,
    seed: values.seed,
  });
  const [counts] = await db.em.getConnection().execute<Record<string, number>[]>(
    `select (select count(*) from company)::int as companies, (select count(*) from participant)::int as participants,
            (select count(*) from enrolment)::int as enrolments, (select count(*) from activity)::int as activities,
            (select count(*) from gap_analysis)::int as "gapAnalyses"`,
  );
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s:`, counts);
} catch (error) {
  console.error(`✖ ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
