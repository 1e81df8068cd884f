// The body of `npm start` and `npm test`, run under the pinned Node 24 by scripts/launch.mjs:
// install, build what changed, then start the stack or run the checks.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
else if (command === 'test') await test();
else if (command === 'archive') archive();
else if (command === 'lighthouse')
  process.exit(spawnSync(process.execPath, [path.join(root, 'scripts', 'lighthouse.mjs'), '--write'], { cwd: root, stdio: 'inherit' }).status ?? 1);
else {
  console.error('Usage: node scripts/launch.mjs start|test [vitest arguments]|archive|lighthouse');
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

/**
 * `npm test`: every layer (docs/testing.md). Two lanes share the machine's two cores: the checks
 * that need no service (lint, typecheck, the unit layer and the CPU-bound adversary) beside the
 * layers that start services (API in process, CMS, end to end). Lighthouse runs last, alone, since
 * it measures speed. `npm test -- ARGS` runs just `vitest run ARGS` (files or `--project NAME`).
 * Both end with the one closing line CI reads.
 */
async function test() {
  ensureTestPackages();
  const args = process.argv.slice(3);
  // One run name for both lanes, so they share the templates of testing/templates.mjs.
  process.env.SPIK_TEST_RUN ??= `${Date.now().toString(36)}-${process.pid}`;
  // Node keeps the code it compiled for the next process: each test starts Strapi, the API, the
  // site and a vitest worker anew, and Strapi is ready in about 3.1 s instead of 3.5 s with it.
  process.env.NODE_COMPILE_CACHE ??= path.join(root, 'node_modules', '.cache', 'node-compile');
  let failed = 0;
  try {
    if (args.length) failed = finish([await vitest('chosen', args, 'inherit')], true);
    else failed = await everyLayer();
  } finally {
    // Imported here: it needs the packages that the install step above brings. A failed run
    // removes its templates too (their PostgreSQL databases would stay on the server).
    const { removeRun } = await import('../testing/templates.mjs');
    await removeRun();
  }
  if (failed) process.exit(1);
}

/** Both lanes, then Lighthouse; the failures. */
async function everyLayer() {
  step('Lint, typecheck, unit and adversary beside the API, CMS and end-to-end layers…');
  const checks = (async () => {
    const lint = await lane('lint', pnpm, ['run', 'lint']);
    const typecheck = await lane('typecheck', pnpm, ['run', 'typecheck']);
    const suite = await vitest('checks', ['--project', 'unit', '--project', 'adversary'], 'pipe');
    return { ...suite, status: lint.status || typecheck.status || suite.status, output: lint.output + typecheck.output + suite.output };
  })();
  // Two test files at a time: most of this lane waits on services and on the clock (scheduled publishing).
  const services = await vitest('services', ['--project', 'api', '--project', 'cms', '--project', 'e2e', '--maxWorkers=2'], 'inherit');
  const done = await checks;
  step('Lint, typecheck, unit and adversary (run beside the above):');
  process.stdout.write(done.output);
  const lanes = [done, services];
  let lighthouse = { passed: 0, failed: 0 };
  if (lanes.every((l) => l.status === 0)) {
    step('Lighthouse on start, article, course list and Resultat…');
    lighthouse = runLighthouse();
  }
  return finish(lanes, false, lighthouse);
}

/** A command of a lane, its output kept to print when the lane is done. */
function lane(name, cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ status: code ?? 1, output: code ? `${output}✖ ${name} failed (exit ${code})\n` : output }));
  });
}

/** `vitest run ARGS` with a JSON report; its counts, status and (when piped) output. */
async function vitest(name, args, stdio) {
  const report = path.join(root, 'node_modules', `.vitest-report-${name}.json`);
  rmSync(report, { force: true });
  const command = [pnpm, ['exec', 'vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]];
  let status;
  let output = '';
  if (stdio === 'inherit')
    status = await new Promise((resolve) => spawn(...command, { cwd: root, stdio: 'inherit' }).on('close', (code) => resolve(code ?? 1)));
  else ({ status, output } = await lane(`vitest ${args.join(' ')}`, ...command));
  return { status, output, counts: suiteCounts(report, status) };
}

function runLighthouse() {
  const audit = spawnSync(process.execPath, [path.join(root, 'scripts', 'lighthouse.mjs')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  process.stdout.write(audit.stdout);
  const summary = /lighthouse: (\d+) passed, (\d+) failed/.exec(audit.stdout);
  const result = summary ? { passed: Number(summary[1]), failed: Number(summary[2]) } : { passed: 0, failed: 1 };
  if (audit.status !== 0 && result.failed === 0) result.failed = 1;
  return result;
}

/** The plain closing line CI reads: every lane's tests and Lighthouse's scores, each a check. Returns the failures. */
function finish(lanes, chosen, lighthouse = { passed: 0, failed: 0 }) {
  for (const { counts } of lanes) for (const line of counts.problems) console.error(line);
  const sum = (key) => lanes.reduce((total, l) => total + l.counts[key], 0);
  const failed = sum('numFailedTests') + lighthouse.failed + lanes.filter((l) => l.status !== 0 && l.counts.numFailedTests === 0).length;
  console.log(`tests: ${sum('numPassedTests') + lighthouse.passed} passed, ${failed} failed, ${sum('numPendingTests')} skipped`);
  if (!failed) step(chosen ? 'The chosen tests passed.' : 'All checks passed.');
  return failed;
}
