// The body of `npm start` and `npm test`, run under the pinned Node 24 by scripts/launch.mjs:
// install, build what changed, then start the stack or run the checks.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureCmsEnv } from './lib/cms-env.mjs';
import { findPostgresBinaries } from './lib/postgres-server.mjs';
import { suiteCounts } from './lib/test-summary.mjs';
import { root, startApi, startCms, startSite } from './lib/stack.mjs';

const pnpm = process.env.SPIK_PNPM ?? 'pnpm';
const command = process.argv[2];
const started = Date.now();

function step(message) {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(3);
  console.log(`\x1b[1m▸ ${message}\x1b[0m  (${seconds} s)`);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`✖ ${cmd} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

// ---- install --------------------------------------------------------------------------------
const stateFile = path.join(root, 'node_modules', '.spik-build-state.json');
const readState = () => (existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')) : {});
const writeState = (state) => writeFileSync(stateFile, JSON.stringify(state, null, 2));

function fingerprint(paths) {
  const hash = createHash('sha256');
  // Data, secrets and uploads change at run time; they are not build inputs.
  const skip = new Set(['node_modules', 'dist', '.data', '.astro', '.tmp', '.strapi', 'build', 'test', '.env', 'uploads', '.strapi-updater.json']);
  const visit = (p) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      for (const entry of readdirSync(p).sort()) if (!skip.has(entry)) visit(path.join(p, entry));
    } else {
      hash.update(path.relative(root, p)).update(readFileSync(p));
    }
  };
  for (const p of paths) visit(path.join(root, p));
  return hash.digest('hex');
}

const lockHash = fingerprint([
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'package.json',
  'api/package.json',
  'cms/package.json',
  'site/package.json',
  'shared/package.json',
]);
if (readState().lock !== lockHash || !existsSync(path.join(root, 'node_modules'))) {
  step('Installing dependencies (pnpm install --frozen-lockfile; about a minute the first time)…');
  run(pnpm, ['install', '--frozen-lockfile', '--reporter=append-only']);
  writeState({ lock: lockHash });
}

// ---- build ----------------------------------------------------------------------------------
const builds = [
  { name: 'shared', inputs: ['shared'], what: 'shared formatting and operation types (tsc)', args: ['--filter', '@spik/shared', 'build'] },
  { name: 'api', inputs: ['api', 'shared/src'], what: 'the API (tsc)', args: ['--filter', '@spik/api', 'build'] },
  { name: 'site', inputs: ['site', 'shared'], what: 'the site (astro build)', args: ['--filter', '@spik/site', 'build'] },
  { name: 'cms', inputs: ['cms', 'shared/src'], what: 'the CMS and its admin panel (strapi build; about a minute)', args: ['--filter', '@spik/cms', 'build'] },
];
for (const build of builds) {
  const state = readState();
  const key = `${lockHash}:${fingerprint(build.inputs)}`;
  if (state[build.name] === key) continue;
  step(`Building ${build.what}…`);
  run(pnpm, build.args);
  writeState({ ...readState(), [build.name]: key });
}

const cmsEnv = ensureCmsEnv(root);

// ---- commands -------------------------------------------------------------------------------
if (command === 'start') await start();
else if (command === 'test') test();
else if (command === 'archive') archive();
else {
  console.error('Usage: node scripts/launch.mjs start|test|archive');
  process.exit(2);
}

async function start() {
  const embeddedCms = !process.env.CMS_DATABASE_URL;
  mkdirSync(path.join(root, 'cms', '.data'), { recursive: true });
  const ports = { cms: Number(process.env.CMS_PORT ?? 1337), api: Number(process.env.API_PORT ?? 4000), site: Number(process.env.SITE_PORT ?? 4321) };
  step('Starting CMS, API and site…');
  const cms = startCms({
    port: ports.cms,
    cmsEnv,
    databaseUrl: process.env.CMS_DATABASE_URL,
    demoAdmin: embeddedCms,
    webhookUrl: `http://127.0.0.1:${ports.api}/webhooks/cms`,
    siteUrl: `http://localhost:${ports.site}`,
  });
  // The embedded demo database gets a demo partner and staff key, printed below (decision 0020).
  const demoKeysFile = !process.env.DATABASE_URL && process.env.DEMO_DATA !== 'off' ? path.join(root, 'api', '.data', 'demo-keys.json') : undefined;
  const api = startApi({
    port: ports.api,
    extraEnv: demoKeysFile ? { DEMO_KEYS_FILE: demoKeysFile } : undefined,
    cmsUrl: `http://127.0.0.1:${ports.cms}`,
    cmsToken: cmsEnv.CMS_API_TOKEN,
    databaseUrl: process.env.DATABASE_URL,
    pgliteDir: path.join(root, 'api', '.data', 'pglite'),
    webhookSecret: cmsEnv.CMS_WEBHOOK_SECRET,
    previewSecret: cmsEnv.PREVIEW_SECRET,
  });
  const site = startSite({
    port: ports.site,
    apiUrl: `http://127.0.0.1:${ports.api}`,
    apiPublicUrl: `http://localhost:${ports.api}`,
    siteUrl: process.env.SITE_URL ?? `http://localhost:${ports.site}`,
    cmsAdminUrl: process.env.CMS_ADMIN_URL ?? `http://localhost:${ports.cms},http://127.0.0.1:${ports.cms}`,
  });
  const services = [cms, api, site];

  let stopping = false;
  const stopAll = async (code) => {
    if (stopping) return;
    stopping = true;
    console.log('\n▸ Stopping site, API and CMS…');
    await Promise.all(services.map((s) => s.stop()));
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  for (const service of services) {
    void service.exited.then(({ code }) => {
      if (!stopping) {
        console.error(`✖ ${service.name} stopped unexpectedly (exit ${code}); stopping the others.`);
        void stopAll(1);
      }
    });
  }

  try {
    await Promise.all(services.map((s) => s.ready()));
  } catch (error) {
    console.error(`✖ ${error.message}`);
    await stopAll(1);
  }
  const login = embeddedCms
    ? [
        `  Demo logins (demo accounts, password from cms/.env): ${cmsEnv.CMS_DEMO_ADMIN_PASSWORD}`,
        `    super admin ${cmsEnv.CMS_DEMO_ADMIN_EMAIL}, Redaktör redaktor.demo@spik.example, Skribent skribent.demo@spik.example`,
      ].join('\n')
    : '  CMS on PostgreSQL: log in with your own admin account.';
  const demoKeys = demoKeysFile && existsSync(demoKeysFile) ? JSON.parse(readFileSync(demoKeysFile, 'utf8')) : null;
  const keys = demoKeys
    ? [
        '  Demo API keys (demo keys for the demo data, kept in api/.data/demo-keys.json; send as "Authorization: Bearer <key>"):',
        `    partner ${demoKeys.partner}`,
        `    staff   ${demoKeys.staff}`,
      ].join('\n')
    : '  API keys: pnpm --filter api key create --role partner --name "<who>" (works while this runs).';
  console.log(
    [
      '',
      `\x1b[1m✔ SPIK is running (ready in ${((Date.now() - started) / 1000).toFixed(0)} s)\x1b[0m`,
      `  Site:        http://localhost:${ports.site}`,
      `  GraphQL API: http://localhost:${ports.api}/graphql`,
      `  CMS admin:   http://localhost:${ports.cms}/admin`,
      `  API explorer: http://localhost:${ports.api}/graphiql`,
      login,
      keys,
      '  Ctrl-C stops all three.',
      '',
    ].join('\n'),
  );
}

/** `npm run archive -- --out DIR`: the static copy of the public site (scripts/archive.mjs). */
function archive() {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'archive.mjs'), ...process.argv.slice(3)], { cwd: root, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

/**
 * What the tests need besides npm packages: Chromium, and PostgreSQL's server binaries for the
 * outage test's private server. Installed with apt where the machine allows it (root with apt);
 * otherwise the run stops and names the package. Never a silent skip.
 */
function ensureSystemPackage({ what, present, debianPackage, hint }) {
  if (present()) return;
  const isRoot = process.getuid?.() === 0;
  const apt = ['/usr/bin/apt-get', '/bin/apt-get'].find((candidate) => existsSync(candidate));
  if (!isRoot || !apt) {
    console.error(`✖ The tests need ${what}. Install Debian's "${debianPackage}" package (apt-get install ${debianPackage})${hint ? ` or ${hint}` : ''}.`);
    process.exit(1);
  }
  step(`Installing Debian's ${debianPackage} for the tests (apt-get; once)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync(apt, ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync(apt, ['install', '-y', '-qq', debianPackage], { stdio: 'inherit', env });
}

function ensureTestPackages() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  ensureSystemPackage({ what: `Chromium at ${chromium}`, present: () => existsSync(chromium), debianPackage: 'chromium', hint: 'set CHROMIUM_PATH' });
  ensureSystemPackage({
    what: "PostgreSQL's server binaries (initdb, pg_ctl)",
    present: () => findPostgresBinaries() !== null,
    debianPackage: 'postgresql',
    hint: 'set PG_BINDIR',
  });
}

function test() {
  ensureTestPackages();
  step('Lint (eslint)…');
  run(pnpm, ['run', 'lint']);
  step('Typecheck (tsc, astro check)…');
  run(pnpm, ['run', 'typecheck']);
  step('Tests (vitest: shared, api, cms, end to end)…');
  const report = path.join(root, 'node_modules', '.vitest-report.json');
  const result = spawnSync(pnpm, ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    cwd: root,
    stdio: 'inherit',
  });
  const counts = suiteCounts(report, result.status);
  for (const line of counts.problems) console.error(line);
  // Lighthouse runs alone, after the suite, so no other test competes for the two cores while it
  // measures performance.
  let lighthouse = { passed: 0, failed: 0 };
  if (result.status === 0) {
    step('Lighthouse on start, article, course list and Resultat…');
    const audit = spawnSync(process.execPath, [path.join(root, 'scripts', 'lighthouse.mjs')], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    process.stdout.write(audit.stdout);
    const summary = /lighthouse: (\d+) passed, (\d+) failed/.exec(audit.stdout);
    lighthouse = summary ? { passed: Number(summary[1]), failed: Number(summary[2]) } : { passed: 0, failed: 1 };
    if (audit.status !== 0 && lighthouse.failed === 0) lighthouse.failed = 1;
  }
  // The plain summary line CI reads: the suite's tests and Lighthouse's scores, each a check.
  const failed = counts.numFailedTests + lighthouse.failed;
  console.log(`tests: ${counts.numPassedTests + lighthouse.passed} passed, ${failed} failed, ${counts.numPendingTests} skipped`);
  if (result.status !== 0) process.exit(result.status ?? 1);
  if (failed) process.exit(1);
  step('All checks passed.');
}
