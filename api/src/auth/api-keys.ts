import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { LRUCache } from 'lru-cache';
import { ApiKey, Role } from './api-key.entity.js';

const scrypt = promisify(scryptCallback) as (secret: string, salt: string, length: number) => Promise<Buffer>;
const KEY_PATTERN = /^spik_([a-f0-9]{16})_([A-Za-z0-9_-]{43})$/;

/** Creates a key and returns it in full: the only time it exists outside its holder's hands. */
export async function createApiKey(em: SqlEntityManager, name: string, role: Role): Promise<{ id: string; key: string }> {
  if (!name.trim()) throw new Error('A key needs a name that says whose it is, e.g. --name "Region Skåne"');
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16).toString('hex');
  const hash = (await scrypt(secret, salt, 64)).toString('hex');
  const fork = em.fork();
  fork.create(ApiKey, { id, name: name.trim(), role, salt, hash, createdAt: new Date(), revokedAt: null, lastUsedAt: null });
  await fork.flush();
  return { id, key: `spik_${id}_${secret}` };
}

export async function revokeApiKey(em: SqlEntityManager, id: string): Promise<boolean> {
  const updated = await em.fork().nativeUpdate(ApiKey, { id, revokedAt: null }, { revokedAt: new Date() });
  keyCache.clear();
  return updated > 0;
}

export type KeyCheck = { ok: true; key: ApiKey } | { ok: false; reason: string };

/**
 * scrypt is deliberately slow (tens of ms), so a verified key is remembered for a minute under the
 * SHA-256 of the presented key. Revocation clears the cache of this instance.
 */
const keyCache = new LRUCache<string, ApiKey>({ max: 1000, ttl: 60_000 });

export async function verifyApiKey(em: SqlEntityManager, presented: string): Promise<KeyCheck> {
  const match = KEY_PATTERN.exec(presented);
  if (!match) return { ok: false, reason: 'The API key is malformed (expected spik_<id>_<secret>).' };
  const fingerprint = createHash('sha256').update(presented).digest('hex');
  const cached = keyCache.get(fingerprint);
  if (cached) return { ok: true, key: cached };

  const [, id, secret] = match as unknown as [string, string, string];
  const fork = em.fork();
  const key = await fork.findOne(ApiKey, { id });
  // Hash even when the id is unknown, so timing does not tell which ids exist.
  const expected = Buffer.from(key?.hash ?? '0'.repeat(128), 'hex');
  const actual = await scrypt(secret, key?.salt ?? 'unknown-key-salt', 64);
  if (!key || !timingSafeEqual(expected, actual)) return { ok: false, reason: 'The API key is not valid.' };
  if (key.revokedAt) return { ok: false, reason: 'The API key has been revoked.' };
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
    key.lastUsedAt = new Date();
    await fork.flush();
  }
  keyCache.set(fingerprint, key);
  return { ok: true, key };
}

export async function listApiKeys(em: SqlEntityManager): Promise<ApiKey[]> {
  return em.fork().find(ApiKey, {}, { orderBy: { createdAt: 'asc' } });
}

export { Role };
