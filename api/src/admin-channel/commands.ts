import { keyCommand } from '../auth/key-command.js';
import { demoDataCommand } from '../project-data/demo-data-command.js';
import { importCommand } from '../project-data/import-command.js';
import type { CliCommand } from './command.js';

/** The commands the running API takes from its CLIs, by the name each CLI sends. */
export const adminCommands: Record<string, CliCommand> = {
  key: keyCommand,
  import: importCommand,
  'demo-data': demoDataCommand,
};
