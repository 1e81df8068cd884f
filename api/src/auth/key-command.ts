import { parseArgs } from 'node:util';
import { type CliCommand, CommandOutput } from '../admin-channel/command.js';
import { Role } from './api-key.entity.js';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.js';

const USAGE = 'Usage: key create --role partner|staff --name "<who>" | key list | key revoke <id>';

/** `key create|list|revoke`: the partners' and staff's API keys. */
export const keyCommand: CliCommand = {
  async execute({ em }, argv) {
    const out = new CommandOutput();
    const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { role: { type: 'string' }, name: { type: 'string' } } });
    const [command, id] = positionals;
    if (command === 'create') {
      const role = values.role?.toUpperCase();
      if (role !== Role.PARTNER && role !== Role.STAFF) {
        out.fail('✖ --role must be "partner" or "staff"');
        return out.result();
      }
      const created = await createApiKey(em, values.name ?? '', role);
      out.log(`Created ${role.toLowerCase()} key ${created.id} for "${values.name}". It is shown only now; store it safely:\n\n  ${created.key}\n`);
    } else if (command === 'revoke' && id) {
      out.log((await revokeApiKey(em, id)) ? `Revoked key ${id}.` : `No active key with id ${id}.`);
    } else if (command === 'list') {
      for (const key of await listApiKeys(em)) {
        const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
        out.log(`${key.id}  ${key.role.padEnd(7)}  ${state.padEnd(32)}  last used ${key.lastUsedAt?.toISOString() ?? 'never'}  ${key.name}`);
      }
    } else {
      out.fail(USAGE, 2);
    }
    return out.result();
  },
};
