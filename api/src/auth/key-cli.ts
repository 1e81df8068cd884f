/**
 * Manage API keys: `pnpm --filter @spik/api key create --role partner --name "Region Skåne"`,
 * `key list`, `key revoke <id>`. Uses DATABASE_URL, or the embedded PGlite in api/.data.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { openDatabaseOrExit } from '../db/orm.js';
import { Role } from './api-key.entity.js';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { role: { type: 'string' }, name: { type: 'string' } },
});
const [command, id] = positionals;
const config = readConfig();
const db = await openDatabaseOrExit(config);
try {
  await db.migrate();
  if (command === 'create') {
    const role = values.role?.toUpperCase();
    if (role !== Role.PARTNER && role !== Role.STAFF) throw new Error('--role must be "partner" or "staff"');
    const created = await createApiKey(db.em, values.name ?? '', role);
    console.log(`Created ${role.toLowerCase()} key ${created.id} for "${values.name}". It is shown only now; store it safely:\n\n  ${created.key}\n`);
  } else if (command === 'revoke' && id) {
    console.log((await revokeApiKey(db.em, id)) ? `Revoked key ${id}.` : `No active key with id ${id}.`);
  } else if (command === 'list') {
    for (const key of await listApiKeys(db.em)) {
      const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
      console.log(`${key.id}  ${key.role.padEnd(7)}  ${state.padEnd(32)}  last used ${key.lastUsedAt?.toISOString() ?? 'never'}  ${key.name}`);
    }
  } else {
    console.error('Usage: key create --role partner|staff --name "<who>" | key list | key revoke <id>');
    process.exitCode = 2;
  }
} catch (error) {
  console.error(`✖ ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
