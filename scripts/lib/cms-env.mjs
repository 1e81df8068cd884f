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
  if (!existsSync(envFile)) {
    const template = readFileSync(path.join(root, 'cms', '.env.example'), 'utf8');
    const filled = template.replace(/__random__/g, random);
    const extra = [
      '# Read-only token the API uses to read Strapi (provisioned by the CMS bootstrap)',
      `CMS_API_TOKEN=${randomBytes(48).toString('hex')}`,
      '# Demo super admin, created only in embedded mode',
      'CMS_DEMO_ADMIN_EMAIL=redaktor@spik.example',
      `CMS_DEMO_ADMIN_PASSWORD=Spik-${random().slice(0, 12)}-1a`,
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
