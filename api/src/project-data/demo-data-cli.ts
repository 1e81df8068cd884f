/**
 * Fill the database with deterministic demo data (options in demo-data-command.ts). Uses
 * DATABASE_URL, or the embedded PGlite in api/.data (through the running API when it holds it).
 */
import 'reflect-metadata';
import { runCli } from '../admin-channel/run-cli.js';
import { demoDataCommand } from './demo-data-command.js';

await runCli('demo-data', demoDataCommand, process.argv.slice(2));
