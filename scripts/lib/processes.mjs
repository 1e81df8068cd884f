// Starting, watching and stopping the three services: shared by `npm start` and the tests,
// so what the tests exercise is exactly what a developer runs.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const COLORS = { cms: 35, api: 36, site: 33 };

/** A port the OS says is free right now. */
/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers below 500, or fails after `timeoutMs` naming the service. */
/**
 * @param {string} name
 * @param {string} url
 * @param {{ timeoutMs?: number, child?: import('node:child_process').ChildProcess }} [options]
 */
export async function waitForUrl(name, url, { timeoutMs = 180_000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) {
      throw new Error(`${name} exited with code ${child.exitCode} before answering at ${url}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${name} did not answer at ${url} within ${timeoutMs / 1000} s`);
    await sleep(250);
  }
}

/**
 * Spawns a service whose output is prefixed with its name. `quiet` keeps the output in memory
 * (tests print it only when something fails).
 */
/**
 * @param {{ name: string, command: string, args: string[], cwd: string, env: Record<string, string | undefined>, readyUrl: string, quiet?: boolean, timeoutMs?: number }} options
 */
export function startService({ name, command, args, cwd, env, readyUrl, quiet = false, timeoutMs }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const output = [];
  const prefix = process.stdout.isTTY ? `\x1b[${COLORS[name] ?? 37}m[${name}]\x1b[0m ` : `[${name}] `;
  const onData = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      output.push(line);
      if (output.length > 400) output.shift();
      if (!quiet) process.stdout.write(`${prefix}${line}\n`);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

  return {
    name,
    child,
    exited,
    output: () => output.join('\n'),
    ready: () => waitForUrl(name, readyUrl, { child, timeoutMs }),
    /** SIGTERM to the whole process group, SIGKILL if it has not ended after `graceMs`. */
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
