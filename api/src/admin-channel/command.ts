import type { SqlEntityManager } from '@mikro-orm/sql';
import type { DataVersion } from '../db/data-version.js';

/** What a command runs against: the caller's own database, or the running API's. */
export interface CommandContext {
  em: SqlEntityManager;
  /** The running API's data version, so its caches follow the write at once; absent in a CLI of its own. */
  dataVersion?: DataVersion;
}

export interface CommandResult {
  stdout: string[];
  stderr: string[];
  exitCode: number;
}

/**
 * One maintenance command (key, import, demo-data). It runs the same whether the CLI opened the
 * database itself or handed the work to the API that holds the embedded database.
 */
export interface CliCommand {
  /** Runs in the CLI's own process: reads what only it can see, such as a file relative to where it was typed. */
  prepare?(argv: string[]): Promise<Buffer | undefined>;
  execute(context: CommandContext, argv: string[], input: Buffer | undefined): Promise<CommandResult>;
}

/** Collects a command's output, so a handed-over run prints exactly what a direct one would. */
export class CommandOutput {
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  exitCode = 0;

  log(line: string): void {
    this.stdout.push(line);
  }

  fail(line: string, exitCode = 1): void {
    this.stderr.push(line);
    this.exitCode = exitCode;
  }

  result(): CommandResult {
    return { stdout: this.stdout, stderr: this.stderr, exitCode: this.exitCode };
  }
}
