/**
 * A claim that at most one CMS instance holds at a time, for work that must happen once however
 * many instances run (the nightly course sync, scheduled publishing). It is a compare-and-swap
 * on one row of Strapi's core store: an instance takes the claim only by replacing the exact value
 * it read, so two instances that read at the same moment cannot both succeed. A claim that is not
 * released (its holder died) lapses after `ttlMs`.
 */
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';

const TABLE = 'strapi_core_store_settings';

type Claim = { holder: string | null; until: number };

export async function claim(strapi: Core.Strapi, name: string, ttlMs: number): Promise<(() => Promise<void>) | null> {
  const knex = strapi.db.connection;
  const key = `spik_claim_${name}`;
  let row = (await knex(TABLE).where({ key }).first()) as { value: string } | undefined;
  if (!row) {
    // Two instances may both insert; the unique row that remains is what both read next.
    await knex(TABLE)
      .insert({ key, value: JSON.stringify({ holder: null, until: 0 } satisfies Claim), type: 'object' })
      .catch(() => undefined);
    row = (await knex(TABLE).where({ key }).orderBy('id').first()) as { value: string };
    await knex(TABLE)
      .where({ key })
      .whereNot({ id: (row as unknown as { id: number }).id })
      .delete();
  }
  const current = JSON.parse(row.value) as Claim;
  const now = Date.now();
  if (current.holder && current.until > now) return null;
  const holder = randomUUID();
  const taken = await knex(TABLE)
    .where({ key, value: row.value })
    .update({ value: JSON.stringify({ holder, until: now + ttlMs } satisfies Claim) });
  if (taken !== 1) return null;
  return async () => {
    await knex(TABLE)
      .where({ key, value: JSON.stringify({ holder, until: now + ttlMs } satisfies Claim) })
      .update({ value: JSON.stringify({ holder: null, until: 0 } satisfies Claim) });
  };
}
