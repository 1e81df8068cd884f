import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { LRUCache } from 'lru-cache';
import { ApiKey, Role } from './api-key.entity.js';

const scrypt = promisify(scryptCallback) as (secret: string, salt: string, length: number) => Promise<Buffer>;
const KEY_PATTERN = /^spik_([a-f0-9]{16})_([A-Za-z0-9_-]{43})$/;

/**
 * A key's secret is 256 random bits, so a fast hash is as safe as a slow one and costs a failed
 * check nothing (docs/decisions/0021-fast-key-digests.md). Keys are found by this digest.
 */
const digestOf = (key: string) => createHash('sha256').update(key).digest('hex');

/** Creates a key and returns it in full: the only time it exists outside its holder's hands. */
export async function createApiKey(em: SqlEntityManager, name: string, role: Role): Promise<{ id: string; key: string }> {
  if (!name.trim()) throw new Error('A key needs a name that says whose it is, e.g. --name "Region Skåne"');
  const id = randomBytes(8).toString('hex');
  const key = `spik_${id}_${randomBytes(32).toString('base64url')}`;
  const fork = em.fork();
  fork.create(ApiKey, { id, name: name.trim(), role, digest: digestOf(key), salt: null, hash: null, createdAt: new Date(), revokedAt: null, lastUsedAt: null });
  await fork.flush();
  return { id, key };
}

export async function revokeApiKey(em: SqlEntityManager, id: string): Promise<boolean> {
  const updated = await em.fork().nativeUpdate(ApiKey, { id, revokedAt: null }, { revokedAt: new Date() });
  keyCache.clear();
  return updated > 0;
}

export type KeyCheck = { ok: true; key: ApiKey } | { ok: false; reason: string };

/**
 * A verified key is remembered for one second only, so a burst costs one lookup while a key
 * revoked anywhere (another instance, the CLI) stops working everywhere within that second.
 */
export const KEY_CACHE_TTL_MS = 1000;
const keyCache = new LRUCache<string, ApiKey>({ max: 1000, ttl: KEY_CACHE_TTL_MS });

/** A key made before digests: checked once with its scrypt hash, then given its digest. */
async function upgradeLegacyKey(em: SqlEntityManager, presented: string, id: string, secret: string): Promise<ApiKey | null> {
  const legacy = await em.findOne(ApiKey, { id, digest: null });
  if (!legacy?.hash || !legacy.salt) return null;
  const actual = await scrypt(secret, legacy.salt, 64);
  if (!timingSafeEqual(Buffer.from(legacy.hash, 'hex'), actual)) return null;
  Object.assign(legacy, { digest: digestOf(presented), salt: null, hash: null });
  return legacy;
}

export async function verifyApiKey(em: SqlEntityManager, presented: string): Promise<KeyCheck> {
  const match = KEY_PATTERN.exec(presented);
  if (!match) return { ok: false, reason: 'The API key is malformed (expected spik_<id>_<secret>).' };
  const digest = digestOf(presented);
  const cached = keyCache.get(digest);
  if (cached) return { ok: true, key: cached };

  const fork = em.fork();
  // One indexed lookup by digest, whether or not the id exists: timing tells nothing about ids.
  const key = (await fork.findOne(ApiKey, { digest })) ?? (await upgradeLegacyKey(fork, presented, match[1]!, match[2]!));
  if (!key) return { ok: false, reason: 'The API key is not valid.' };
  if (key.revokedAt) return { ok: false, reason: 'The API key has been revoked.' };
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) key.lastUsedAt = new Date();
  await fork.flush();
  keyCache.set(digest, key);
  return { ok: true, key };
}

export async function listApiKeys(em: SqlEntityManager): Promise<ApiKey[]> {
  return em.fork().find(ApiKey, {}, { orderBy: { createdAt: 'asc' } });
}

export { Role };
