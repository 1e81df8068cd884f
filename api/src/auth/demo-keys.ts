import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { Role } from './api-key.entity.js';
import { createApiKey, verifyApiKey } from './api-keys.js';

export interface DemoKeys {
  partner: string;
  staff: string;
}

const NAMES: Record<keyof DemoKeys, { name: string; role: Role }> = {
  partner: { name: 'Demonyckel partner (demo, skapad av npm start)', role: Role.PARTNER },
  staff: { name: 'Demonyckel personal (demo, skapad av npm start)', role: Role.STAFF },
};

/**
 * A partner key and a staff key for trying the API on the embedded demo database, kept in a file
 * only this user can read so that every `npm start` prints the same working keys. A key that no
 * longer works (revoked, or a fresh database) is replaced.
 */
export async function ensureDemoKeys(em: SqlEntityManager, file: string): Promise<DemoKeys> {
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<DemoKeys>) : {};
  const keys = { ...stored } as DemoKeys;
  let changed = false;
  for (const kind of Object.keys(NAMES) as (keyof DemoKeys)[]) {
    const current = stored[kind];
    const check = current ? await verifyApiKey(em, current) : null;
    if (check?.ok && check.key.role === NAMES[kind].role) continue;
    keys[kind] = (await createApiKey(em, NAMES[kind].name, NAMES[kind].role)).key;
    changed = true;
  }
  if (changed) writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}
