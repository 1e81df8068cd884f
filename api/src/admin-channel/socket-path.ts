import { createHash } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Unix socket paths are limited to 108 bytes on Linux (104 elsewhere); stay safely below. */
const MAX_SOCKET_PATH = 100;

/**
 * Where the API that holds an embedded database listens for its CLIs: beside the database, or,
 * when that path is too long for a socket, in a folder of this user's own under the temp dir.
 * The API and the CLIs derive it the same way from the database's directory.
 */
export function adminSocketPath(pgliteDir: string): string {
  const beside = `${path.resolve(pgliteDir)}.sock`;
  if (beside.length <= MAX_SOCKET_PATH) return beside;
  const uid = process.getuid?.() ?? 0;
  const dir = path.join(os.tmpdir(), `spik-admin-${uid}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Someone else's folder of that name must not receive our commands (or our answers).
  const stats = statSync(dir);
  if (stats.uid !== uid || (stats.mode & 0o077) !== 0) throw new Error(`${dir} must belong to this user alone (mode 700).`);
  return path.join(dir, `${createHash('sha256').update(path.resolve(pgliteDir)).digest('hex').slice(0, 16)}.sock`);
}
