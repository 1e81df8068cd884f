#!/usr/bin/env node
// `pnpm --filter cms run courses:sync [-- --full] [-- --force]`: one course sync from Skolverket's
// Susa-navet, run by the CMS that `npm start` runs (so its purge webhook reaches the site), and
// its report printed. SUSA_NAVET_URL names the source (default: Skolverket's EMIL 3 API), CMS_URL
// the CMS (default http://127.0.0.1:$PORT, port 1337). Exit codes: 0 done, 1 failed, 2 refused.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from '../../scripts/lib/cms-env.mjs';

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const envFile = path.join(cmsDir, '.env');
const fileEnv = existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {};
const setting = (name) => process.env[name] || fileEnv[name] || '';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((arg) => !['--full', '--force'].includes(arg));
if (unknown.length) {
  console.error(
    `✖ Okänt argument: ${unknown.join(' ')}. Tillåtna: --full (läs allt, inte bara ändringar), --force (genomför även om de flesta kurser skulle tas ner).`,
  );
  process.exit(1);
}
const cmsUrl = (setting('CMS_URL') || `http://127.0.0.1:${setting('PORT') || 1337}`).replace(/\/+$/, '');
const secret = setting('COURSE_SYNC_SECRET');
if (!secret) {
  console.error('✖ COURSE_SYNC_SECRET saknas i cms/.env. Starta stacken en gång med npm start, så skapas den.');
  process.exit(1);
}
const susaUrl = process.env.SUSA_NAVET_URL || undefined;

let response;
try {
  response = await fetch(`${cmsUrl}/api/course-sync/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-spik-sync-secret': secret },
    body: JSON.stringify({ susaUrl, full: args.has('--full'), force: args.has('--force') }),
    signal: AbortSignal.timeout(15 * 60_000),
  });
} catch (error) {
  console.error(`✖ CMS:et svarar inte på ${cmsUrl} (${error.cause?.code ?? error.message}). Starta det med npm start, eller ange dess adress i CMS_URL.`);
  process.exit(1);
}
const body = await response.json().catch(() => null);
if (!body?.report) {
  console.error(`✖ CMS:et svarade ${response.status}: ${body?.error?.message ?? 'inget begripligt svar'}`);
  process.exit(1);
}
const mark = { lyckades: '✔', vagrade: '!', misslyckades: '✖' }[body.report.outcome];
console.log(`${mark} ${body.summary.split('\n').join('\n  ')}`);
process.exit({ lyckades: 0, vagrade: 2, misslyckades: 1 }[body.report.outcome]);
