import { isIP } from 'node:net';

/** Everything the API reads from its environment, in one place (documented in README.md). */
export interface ApiConfig {
  host: string;
  port: number;
  /** Set: PostgreSQL through @mikro-orm/postgresql. Unset: embedded PGlite in `pgliteDir`. */
  databaseUrl: string | undefined;
  pgliteDir: string;
  cmsUrl: string;
  cmsToken: string;
  /** Absolute URL under which this API is reachable; image URLs are built from it. */
  publicUrl: string;
  /** Counts from 1 to this are withheld from indicators. */
  suppressionThreshold: number;
  /** Secret the CMS's purge webhook must present; unset refuses every webhook call. */
  cmsWebhookSecret: string | undefined;
  /** Secret of editors' preview links, shared with the CMS. */
  previewSecret: string | undefined;
  /** Generate demo project data into an empty database at start (DEMO_DATA=off to disable). */
  demoData: boolean;
  /** Set: rate limits (and content purges) are shared through this Redis by every API instance. */
  redisUrl: string | undefined;
  /** Client addresses exempt from the rate limit: the site's servers (RATE_LIMIT_EXEMPT, comma-separated). */
  rateLimitExempt: string[];
  /** How long the API waits for the CMS before serving its last good copy (CMS_TIMEOUT_MS). */
  cmsTimeoutMs: number;
  /** How long a CMS answer is served without asking again (CONTENT_FRESH_MS); purges end it sooner. */
  contentFreshMs: number;
  /** How long one GraphQL request may run before EXECUTION_TIMEOUT (EXECUTION_TIMEOUT_MS). */
  executionTimeoutMs: number;
  /** Browser origins allowed by CORS (CORS_ORIGINS, comma-separated); none by default. */
  corsOrigins: string[];
  /** Set (DEMO_KEYS_FILE, by npm start on the embedded demo database): keep a demo partner and staff key there. */
  demoKeysFile: string | undefined;
  /**
   * Which proxies in front may say who the client is (TRUST_PROXY): none, or the proxies'
   * addresses and CIDR ranges. See trustedProxies().
   */
  trustProxy: TrustProxy;
}

export type TrustProxy = false | string[];

/** Names proxy-addr (Fastify's trust check) knows for whole ranges. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY: unset or "off" trusts no proxy; otherwise a comma-separated list of the proxies'
 * addresses, CIDR ranges or the names loopback, linklocal and uniquelocal. The client is then the
 * first address, read from the right of X-Forwarded-For, that is not a trusted proxy. "on" and hop
 * counts are refused: "on" trusts the left-most entry, which the client writes itself, and a hop
 * count trusts whatever reaches the API directly (docs/decisions/0022-trusted-proxies.md).
 */
export function trustedProxies(value: string | undefined): TrustProxy {
  const setting = (value ?? '').trim();
  if (setting === '' || setting === 'off') return false;
  if (setting === 'on' || setting === 'true' || /^\d+$/.test(setting)) {
    throw new Error(
      `TRUST_PROXY=${setting} would let a client choose its own address through X-Forwarded-For. List the addresses or ranges of the proxies in front of the API instead (e.g. TRUST_PROXY=10.0.1.5,10.0.1.6 or TRUST_PROXY=10.0.0.0/8).`,
    );
  }
  const entries = list(setting);
  const bad = entries.find((entry) => {
    if (RANGE_NAMES.has(entry)) return false;
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address ?? '');
    const maxBits = family === 6 ? 128 : 32;
    return family === 0 || rest.length > 0 || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= maxBits));
  });
  if (bad !== undefined) throw new Error(`TRUST_PROXY must be "off" or the proxies' addresses and CIDR ranges; "${bad}" is neither.`);
  return entries;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a TCP port number, got "${env.PORT}"`);
  }
  const host = env.HOST ?? '127.0.0.1';
  return {
    host,
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteDir: env.API_PGLITE_DIR ?? '.data/pglite',
    cmsUrl: (env.CMS_URL ?? 'http://127.0.0.1:1337').replace(/\/$/, ''),
    cmsToken: env.CMS_API_TOKEN ?? '',
    publicUrl: (env.API_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    suppressionThreshold: positiveInteger('SUPPRESSION_THRESHOLD', env.SUPPRESSION_THRESHOLD, 4),
    demoData: (env.DEMO_DATA ?? 'on') !== 'off',
    cmsWebhookSecret: env.CMS_WEBHOOK_SECRET || undefined,
    previewSecret: env.PREVIEW_SECRET || undefined,
    redisUrl: env.REDIS_URL || undefined,
    rateLimitExempt: list(env.RATE_LIMIT_EXEMPT),
    cmsTimeoutMs: positiveInteger('CMS_TIMEOUT_MS', env.CMS_TIMEOUT_MS, 5000),
    contentFreshMs: positiveInteger('CONTENT_FRESH_MS', env.CONTENT_FRESH_MS, 5 * 60_000),
    executionTimeoutMs: positiveInteger('EXECUTION_TIMEOUT_MS', env.EXECUTION_TIMEOUT_MS, 10_000),
    corsOrigins: list(env.CORS_ORIGINS),
    trustProxy: trustedProxies(env.TRUST_PROXY),
    demoKeysFile: env.DEMO_KEYS_FILE || undefined,
  };
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a whole number ≥ 1, got "${value}"`);
  return number;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}
