import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CliCommand, CommandOutput } from '../admin-channel/command.js';
import { ProjectEndedError, correctionOf } from './closed-after-end.js';
import { IMPORT_KINDS, importCsv, parseImportKind } from './import.js';

const parse = (argv: string[]) => parseArgs({ args: argv, allowPositionals: true, options: { actor: { type: 'string' }, correction: { type: 'string' } } });

/**
 * `import <kind> <file.csv> [--actor "<who>"] [--correction "<why>"]`: all rows or none, with the
 * same report as POST /import/:kind. Exits 1 when the file had errors (nothing is written then).
 * After the project's end only a correction, with its reason, is imported (closed-after-end.ts).
 */
export const importCommand: CliCommand = {
  async prepare(argv) {
    const { positionals } = parse(argv);
    const [kindArg, fileArg] = positionals;
    if (!kindArg || !parseImportKind(kindArg) || !fileArg) {
      console.error(`Användning: import <${IMPORT_KINDS.join('|')}> <fil.csv> [--actor "<vem>"]`);
      process.exit(2);
    }
    // pnpm --filter runs us in api/; a relative path means relative to where the command was typed.
    const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), fileArg);
    return readFile(file).catch((error: NodeJS.ErrnoException) => {
      console.error(`✖ Kan inte läsa ${file}: ${error.code === 'ENOENT' ? 'filen finns inte' : error.message}`);
      process.exit(2);
    });
  },

  async execute({ em, dataVersion }, argv, content) {
    const out = new CommandOutput();
    const { positionals, values } = parse(argv);
    const kind = parseImportKind(positionals[0] ?? '');
    if (!kind || !content) {
      out.fail(`Användning: import <${IMPORT_KINDS.join('|')}> <fil.csv> [--actor "<vem>"]`, 2);
      return out.result();
    }
    let report;
    try {
      report = await importCsv(em, kind, content, {
        actor: values.actor ?? `cli:${userInfo().username}`,
        dataVersion,
        correction: correctionOf(values.correction),
      });
    } catch (error) {
      if (!(error instanceof ProjectEndedError)) throw error;
      out.fail(`✖ ${positionals[1]}: ${error.message.split(' The project')[0]} Från kommandoraden: --correction "<skäl>".`, 1);
      return out.result();
    }
    out.log(`${report.ok ? '✔' : '✖'} ${positionals[1]}: ${report.message}`);
    for (const problem of report.errors) {
      out.log(`  rad ${problem.line}${problem.column ? `, kolumn ”${problem.column}”` : ''}: ${problem.message} [${problem.code}]`);
    }
    if (report.errorCount > report.errors.length) out.log(`  … och ${report.errorCount - report.errors.length} fel till.`);
    if (!report.ok) out.exitCode = 1;
    return out.result();
  },
};
