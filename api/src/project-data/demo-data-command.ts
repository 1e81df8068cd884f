import { parseArgs } from 'node:util';
import { type CliCommand, CommandOutput } from '../admin-channel/command.js';
import { generateDemoData, hasDemoData, removeDemoData } from './demo-data.js';
import { seedOrganisations } from './organisations.seed.js';
import { seedProject } from './project.seed.js';

/**
 * `demo-data [--participants 1500] [--companies 100] [--enrolments 2] [--until YYYY-MM-DD] [--replace]`:
 * deterministic demo data. Scale mode for the benchmark: --participants 1000000 --companies 20000 --enrolments 5.
 */
export const demoDataCommand: CliCommand = {
  async execute({ em, dataVersion }, argv) {
    const out = new CommandOutput();
    const { values } = parseArgs({
      args: argv,
      options: {
        participants: { type: 'string', default: '1500' },
        companies: { type: 'string', default: '100' },
        enrolments: { type: 'string', default: '2' },
        until: { type: 'string' },
        seed: { type: 'string', default: 'spik' },
        replace: { type: 'boolean', default: false },
      },
    });
    await seedProject(em);
    await seedOrganisations(em);
    if (await hasDemoData(em)) {
      if (!values.replace) {
        out.fail('✖ Demo data is already there; pass --replace to regenerate it.');
        return out.result();
      }
      out.log('Removing the old demo data…');
      await removeDemoData(em);
    }
    const started = Date.now();
    out.log(`Generating ${values.companies} companies and ${values.participants} participants…`);
    await generateDemoData(em, {
      participants: Number(values.participants),
      companies: Number(values.companies),
      enrolmentsPerParticipant: Number(values.enrolments),
      until: values.until,
      seed: values.seed,
    });
    // Every figure may have moved: the running API reloads its facts.
    dataVersion?.bump();
    const [counts] = await em.getConnection().execute<Record<string, number>[]>(
      `select (select count(*) from company)::int as companies, (select count(*) from participant)::int as participants,
              (select count(*) from enrolment)::int as enrolments, (select count(*) from activity)::int as activities,
              (select count(*) from gap_analysis)::int as "gapAnalyses"`,
    );
    out.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
    return out.result();
  },
};
