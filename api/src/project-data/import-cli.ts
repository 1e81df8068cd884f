/**
 * Import a CSV file: `pnpm --filter @spik/api run import <kind> <file> [--actor "<who>"]` (with `run`:
 * a bare `pnpm import` is pnpm's own lockfile command), where kind is companies, participants,
 * activities or enrolments. Uses DATABASE_URL, or the embedded PGlite in api/.data (through the
 * running API when it holds it, whose figures then follow at once).
 */
import 'reflect-metadata';
import { runCli } from '../admin-channel/run-cli.js';
import { importCommand } from './import-command.js';

await runCli('import', importCommand, process.argv.slice(2));
