import { readConfig } from '../config.js';
import { embeddedLockHolder, isEmbeddedOnDisk, openDatabaseOrExit } from '../db/orm.js';
import { handOver } from './channel.js';
import type { CliCommand, CommandResult } from './command.js';
import { adminSocketPath } from './socket-path.js';

function print(result: CommandResult): void {
  for (const line of result.stdout) console.log(line);
  for (const line of result.stderr) console.error(line);
  process.exitCode = result.exitCode;
}

/**
 * The body of every maintenance CLI. On PostgreSQL, or on an embedded database nobody holds, it
 * opens the database itself. When the running API holds the embedded database, it hands the
 * command to that API over its local socket, so `npm start` need not be stopped.
 */
export async function runCli(name: string, command: CliCommand, argv: string[]): Promise<void> {
  const config = readConfig();
  const input = await command.prepare?.(argv);
  const holder = isEmbeddedOnDisk(config) ? embeddedLockHolder(config.pgliteDir) : null;
  if (holder !== null) {
    const result = await handOver(adminSocketPath(config.pgliteDir), { command: name, argv, input: input?.toString('base64') });
    if (result) {
      console.error(`(run by the API that holds the embedded database, process ${holder})`);
      return print(result);
    }
    // Nobody answers: the holder is not an API (another CLI, say); opening says so plainly.
  }
  const db = await openDatabaseOrExit(config);
  try {
    await db.migrate();
    print(await command.execute({ em: db.em }, argv, input));
  } catch (error) {
    print({ stdout: [], stderr: [`✖ ${(error as Error).message}`], exitCode: 1 });
  } finally {
    await db.close();
  }
}
