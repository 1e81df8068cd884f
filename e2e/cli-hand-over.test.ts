/**
 * The maintenance CLIs beside a running API on the embedded database, as a newcomer runs them under
 * `npm start`: the API holds PGlite, so the CLIs hand their work to it over its local socket. Keys
 * work at once, imports move the figures at once, revocation stops a key at once, and the demo keys
 * the API keeps for `npm start` work. Real processes, real HTTP.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSocketPath } from '../api/src/admin-channel/socket-path.js';
import { freePort } from '../scripts/lib/processes.mjs';
import { root, startApi } from '../scripts/lib/stack.mjs';
import { luhnCheckDigit } from '../api/src/project-data/org-number.js';

const withCheckDigit = (nineDigits: string) => `${nineDigits}${luhnCheckDigit(nineDigits)}`;

const run = promisify(execFile);
const pnpm = process.env.SPIK_PNPM ?? 'pnpm';
const KEY = /spik_[a-f0-9]{16}_[A-Za-z0-9_-]{43}/;

let dir: string;
let pgliteDir: string;
let demoKeysFile: string;
let api: ReturnType<typeof startApi>;
let apiUrl: string;

/** A CLI as `pnpm --filter api <script>` runs it, pointed at the test's embedded database. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    // Typed in the test's own folder, as a user types it in theirs.
    const { stdout, stderr } = await run(pnpm, ['--silent', '--dir', root, '--filter', '@spik/api', ...args], {
      cwd: dir,
      env: { ...process.env, DATABASE_URL: '', API_PGLITE_DIR: pgliteDir, INIT_CWD: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function graphql(query: string, key?: string) {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key && { authorization: `Bearer ${key}` }) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] } };
}

const PARTNER_QUERY = '{ indicators(filter: { region: SKANE }) { participants { byAgeBand { key value } } } }';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'spik-cli-'));
  pgliteDir = path.join(dir, 'pglite');
  demoKeysFile = path.join(dir, 'demo-keys.json');
  const port = await freePort();
  apiUrl = `http://127.0.0.1:${port}`;
  // No CMS: keys, imports and figures need none.
  api = startApi({ port, cmsUrl: 'http://127.0.0.1:9', cmsToken: '', pgliteDir, quiet: true, extraEnv: { DEMO_KEYS_FILE: demoKeysFile } });
  await api.ready().catch((error: Error) => {
    throw new Error(`${error.message}\n${api.output()}`);
  });
});

afterAll(async () => {
  await api?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('the CLIs while the API holds the embedded database', () => {
  it('listens only on a socket this user alone can open', async () => {
    const socket = await stat(adminSocketPath(pgliteDir));
    expect(socket.isSocket()).toBe(true);
    expect(socket.mode & 0o777).toBe(0o600);
  });

  it('creates a partner key that unlocks the partner fields at once, and revokes it at once', async () => {
    expect((await graphql(PARTNER_QUERY)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const created = await cli(['key', 'create', '--role', 'partner', '--name', 'Region Skåne (test)']);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stderr).toContain('run by the API that holds the embedded database');
    const key = KEY.exec(created.stdout)?.[0];
    expect(key, created.stdout).toBeTruthy();

    const unlocked = await graphql(PARTNER_QUERY, key);
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.errors).toBeUndefined();
    expect(unlocked.body.data).toMatchObject({ indicators: { participants: { byAgeBand: expect.any(Array) } } });

    const listed = await cli(['key', 'list']);
    const id = key!.split('_')[1]!;
    expect(listed.stdout).toMatch(new RegExp(`${id}\\s+PARTNER\\s+active.*Region Skåne \\(test\\)`));

    const revoked = await cli(['key', 'revoke', id]);
    expect(revoked.stdout).toContain(`Revoked key ${id}.`);
    expect((await graphql(PARTNER_QUERY, key)).status).toBe(401);
  });

  it('imports a CSV as staff, and the running API counts the new companies at once', async () => {
    const companies = async () =>
      ((await graphql('{ indicators { companies { total { value } } } }')).body.data as { indicators: { companies: { total: { value: number } } } }).indicators
        .companies.total.value;
    const before = await companies();
    await writeFile(
      path.join(dir, 'companies.csv'),
      [
        'orgNumber,name,region,municipalityCode,sniCode,sizeClass,joinedOn,responsiblePartner',
        '556012-5790,Verkstaden i Malmö AB,SKANE,1280,25.620,SMALL,2024-03-01,IUC Syd',
        '5565475489,Plåt och Svets i Karlskrona AB,BLEKINGE,1080,25110,MICRO,2024-03-15,Techtank',
        // Seven in all: the whole project's count moves by more than the ±2 of its protection.
        ...[0, 1, 2, 3, 4].map((i) => `${withCheckDigit(`55699${i}000`)},Testverkstad ${i} AB,SKANE,1280,25620,SMALL,2024-03-20,IUC Syd`),
      ].join('\n'),
    );
    // A relative path means relative to where the command was typed.
    const imported = await cli(['run', 'import', 'companies', 'companies.csv', '--actor', 'test']);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^✔ companies\.csv:/m);
    // Decision 0023: exact when the count is on its exact schedule, otherwise within ±2 of the truth.
    const after = await companies();
    expect(after).toBeGreaterThanOrEqual(before + 7 - 4);
    expect(after).toBeLessThanOrEqual(before + 7 + 4);

    const bad = await cli(['run', 'import', 'companies', 'missing.csv']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('filen finns inte');
  });

  it('keeps a demo partner key and a demo staff key that work', async () => {
    const keys = JSON.parse(await readFile(demoKeysFile, 'utf8')) as { partner: string; staff: string };
    expect((await stat(demoKeysFile)).mode & 0o777).toBe(0o600);
    expect(keys.partner).toMatch(KEY);
    expect((await graphql(PARTNER_QUERY, keys.partner)).body.errors).toBeUndefined();
    const audit = await graphql('{ auditLog(first: 1) { totalCount } }', keys.staff);
    expect(audit.body.errors, JSON.stringify(audit.body)).toBeUndefined();
    const listed = await cli(['key', 'list']);
    expect(listed.stdout).toMatch(/PARTNER\s+active.*Demonyckel partner \(demo/);
  });

  it('refuses a malformed hand-over without harm', async () => {
    const { handOver } = await import('../api/src/admin-channel/channel.js');
    const unknown = await handOver(adminSocketPath(pgliteDir), { command: 'rm', argv: ['-rf'] });
    expect(unknown).toMatchObject({ exitCode: 1, stderr: [expect.stringContaining('Unknown command')] });
    expect((await fetch(`${apiUrl}/healthz`)).status).toBe(200);
  });
});

describe('the CLIs when no API runs', () => {
  it('open the embedded database themselves', async () => {
    await api.stop();
    const listed = await cli(['key', 'list']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stderr).not.toContain('run by the API');
    expect(listed.stdout).toMatch(/PARTNER\s+revoked.*Region Skåne \(test\)/);
  });
});
