/**
 * Manage API keys: `pnpm --filter @spik/api key create --role partner --name "Region Skåne"`,
 * `key list`, `key revoke <id>`. Uses DATABASE_URL, or the embedded PGlite in api/.data (through
 * the running API when it holds it).
 */
import 'reflect-metadata';
import { runCli } from '../admin-channel/run-cli.js';
import { keyCommand } from './key-command.js';

await runCli('key', keyCommand, process.argv.slice(2));
