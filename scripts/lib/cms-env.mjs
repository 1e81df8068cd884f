// Writes cms/.env from cms/.env.example on first start, with fresh random secrets.
// The file is gitignored; a second start keeps it so sessions, tokens and data stay valid.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const random = () => randomBytes(24).toString('base64url');

/**
 * @param {string} root
 * @returns {Record<string, string>}
 */
export function ensureCmsEnv(root) {
  const envFile = path.join(root, 'cms', '.env');
  // Secrets added after a checkout's first start are appended, so old .env files keep working.
  const later = {
    CMS_WEBHOOK_SECRET: () => randomBytes(24).toString('hex'),
    PREVIEW_SECRET: () => randomBytes(24).toString('hex'),
    COURSE_SYNC_SECRET: () => randomBytes(24).toString('hex'),
  };
  if (existsSync(envFile)) {
    const current = parseEnv(readFileSync(envFile, 'utf8'));
    const missing = Object.entries(later).filter(([key]) => !current[key]);
    if (missing.length) {
      const lines = missing.map(([key, make]) => `${key}=${make()}`).join('\n');
      writeFileSync(envFile, `${readFileSync(envFile, 'utf8').trimEnd()}\n${lines}\n`, { mode: 0o600 });
    }
  }
  if (!existsSync(envFile)) {
    const template = readFileSync(path.join(root, 'cms', '.env.example'), 'utf8');
    const filled = template.replace(/__random__/g, random);
    const extra = [
      '# Read-only token the API uses to read Strapi (provisioned by the CMS bootstrap)',
      `CMS_API_TOKEN=${randomBytes(48).toString('hex')}`,
      '# Demo super admin, created only in embedded mode',
      'CMS_DEMO_ADMIN_EMAIL=redaktor@spik.example',
      `CMS_DEMO_ADMIN_PASSWORD=Spik-${random().slice(0, 12)}-1a`,
      "# Shared with the API: Strapi signs its purge webhook, editors' previews are signed",
      `CMS_WEBHOOK_SECRET=${later.CMS_WEBHOOK_SECRET()}`,
      `PREVIEW_SECRET=${later.PREVIEW_SECRET()}`,
      '# Lets `pnpm --filter cms run courses:sync` start a course sync in the running CMS',
      `COURSE_SYNC_SECRET=${later.COURSE_SYNC_SECRET()}`,
      '',
    ].join('\n');
    writeFileSync(envFile, `${filled.trimEnd()}\n${extra}`, { mode: 0o600 });
  }
  return parseEnv(readFileSync(envFile, 'utf8'));
}

/**
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseEnv(text) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*)$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}
