import { chmodSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { CliCommand, CommandContext, CommandResult } from './command.js';

/** Room for the largest CSV import (64 MB) in base64. */
const MAX_REQUEST_BYTES = 96 * 1024 * 1024;

interface HandOverRequest {
  command: string;
  argv: string[];
  /** The prepared input (an import's file), base64. */
  input?: string;
}

function isHandOverRequest(value: unknown): value is HandOverRequest {
  const request = value as HandOverRequest;
  return (
    typeof request === 'object' &&
    request !== null &&
    typeof request.command === 'string' &&
    Array.isArray(request.argv) &&
    request.argv.every((arg) => typeof arg === 'string') &&
    (request.input === undefined || typeof request.input === 'string')
  );
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REQUEST_BYTES) throw new Error('The request is too large.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const failure = (message: string, exitCode = 1): CommandResult => ({ stdout: [], stderr: [`✖ ${message}`], exitCode });

/**
 * The API that holds the embedded database runs its CLIs' commands for them, so keys, imports and
 * demo data work while `npm start` runs (PGlite is one process's database). The channel is a Unix
 * socket that only this user can open (mode 600): the operating system is the authentication, and
 * nothing listens on the network. See docs/decisions/0020-cli-hand-over.md.
 */
export async function startAdminChannel(
  socketPath: string,
  context: CommandContext,
  commands: Record<string, CliCommand>,
): Promise<{ close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    const answer = (status: number, result: CommandResult) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    if (request.method !== 'POST' || request.url !== '/run') return answer(404, failure('Unknown request.'));
    void readBody(request)
      .then(async (body) => {
        const parsed: unknown = JSON.parse(body);
        if (!isHandOverRequest(parsed)) return answer(400, failure('Malformed hand-over request.'));
        const command = Object.hasOwn(commands, parsed.command) ? commands[parsed.command] : undefined;
        if (!command) return answer(404, failure(`Unknown command "${parsed.command}".`));
        const input = parsed.input === undefined ? undefined : Buffer.from(parsed.input, 'base64');
        answer(200, await command.execute(context, parsed.argv, input));
      })
      .catch((error: Error) => answer(500, failure(error.message)));
  });
  // The socket of a crashed run may be left behind; we hold the database lock, so it is nobody's.
  rmSync(socketPath, { force: true });
  const umask = process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(socketPath, resolve));
  } finally {
    process.umask(umask);
  }
  chmodSync(socketPath, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).finally(() => rmSync(socketPath, { force: true })),
  };
}

/**
 * Sends a command to the API listening on `socketPath`. Null when nobody listens there (the
 * database is held by something else, or the API has just stopped).
 */
export function handOver(socketPath: string, request: HandOverRequest): Promise<CommandResult | null> {
  return new Promise((resolve, reject) => {
    const call = http.request({ socketPath, path: '/run', method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
      readBody(response).then((body) => resolve(JSON.parse(body) as CommandResult), reject);
    });
    call.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') resolve(null);
      else reject(error);
    });
    call.end(JSON.stringify(request));
  });
}
