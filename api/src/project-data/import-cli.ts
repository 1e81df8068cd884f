/**
 * Import a CSV file: `pnpm --filter @spik/api run import <kind> <file> [--actor "<who>"]` (with `run`:
 * a bare `pnpm import` is pnpm's own lockfile command), where kind is
 * companies, participants, activities or enrolments. Uses DATABASE_URL, or the embedded PGlite in
 * api/.data. Prints the report; exits 1 when the file had errors (nothing is written then).
 *
 * A running API keeps its indicator cache until its own next write: the data version lives in
 * that process, not in the database.
 */
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { openDatabaseOrExit } from '../db/orm.js';
import { IMPORT_KINDS, type ImportReport, importCsv, parseImportKind } from './import.js';

function print(report: ImportReport, file: string): void {
  console.log(`${report.ok ? '✔' : '✖'} ${file}: ${report.message}`);
  for (const problem of report.errors) {
    console.log(`  rad ${problem.line}${problem.column ? `, kolumn ”${problem.column}”` : ''}: ${problem.message} [${problem.code}]`);
  }
  if (report.errorCount > report.errors.length) console.log(`  … och ${report.errorCount - report.errors.length} fel till.`);
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { actor: { type: 'string' } } });
const [kindArg, fileArg] = positionals;
const kind = kindArg ? parseImportKind(kindArg) : null;
if (!kind || !fileArg) {
  console.error(`Användning: import <${IMPORT_KINDS.join('|')}> <fil.csv> [--actor "<vem>"]`);
  process.exit(2);
}

// pnpm --filter runs us in api/; a relative path means relative to where the command was typed.
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), fileArg);
const content = await readFile(file).catch((error: NodeJS.ErrnoException) => {
  console.error(`✖ Kan inte läsa ${file}: ${error.code === 'ENOENT' ? 'filen finns inte' : error.message}`);
  process.exit(2);
});

const db = await openDatabaseOrExit(readConfig());
try {
  await db.migrate();
  const report = await importCsv(db.em, kind, content, { actor: values.actor ?? `cli:${userInfo().username}` });
  print(report, fileArg);
  if (!report.ok) process.exitCode = 1;
} catch (error) {
  console.error(`✖ ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
