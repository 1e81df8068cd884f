/**
 * Bundles the API's GraphiQL page (./client.js) with esbuild: React, GraphiQL 5, Monaco and
 * Monaco's three web workers, so the page needs nothing from outside the API's own origin.
 *
 * `pnpm --filter @spik/api build` runs this into dist/graphiql/. Run from source (dev, tests), the
 * API calls buildGraphiql() itself on the first GraphiQL request and keeps the result in
 * node_modules/.cache, keyed by graphiqlBuildKey().
 *
 *   node scripts/graphiql/build.mjs [outdir]
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip as gzipCallback, constants as zlib } from 'node:zlib';

const gzip = promisify(gzipCallback);
const here = dirname(fileURLToPath(import.meta.url));
const apiRoot = resolve(here, '../..');

/** Resolves `specifier` as seen from the package `from`, following pnpm's nested layout. */
function resolveFrom(from, specifier) {
  return createRequire(from).resolve(specifier);
}

function packages() {
  const api = join(apiRoot, 'package.json');
  const graphiql = resolveFrom(api, 'graphiql/package.json');
  const graphiqlReact = resolveFrom(graphiql, '@graphiql/react/package.json');
  return {
    graphiql,
    graphiqlReact,
    toolkit: resolveFrom(api, '@graphiql/toolkit/package.json'),
    react: resolveFrom(api, 'react/package.json'),
    reactDom: resolveFrom(api, 'react-dom/package.json'),
    // Monaco comes in through @graphiql/react; the workers must be built from the very same copies.
    monaco: resolveFrom(graphiqlReact, 'monaco-editor/package.json'),
    monacoGraphql: resolveFrom(graphiqlReact, 'monaco-graphql/package.json'),
    esbuild: resolveFrom(api, 'esbuild/package.json'),
  };
}

/** Changes whenever the bundle would: this script, the page's sources, or a bundled package's version. */
export async function graphiqlBuildKey() {
  const hash = createHash('sha256');
  for (const file of ['build.mjs', 'client.js', 'page.css']) hash.update(await readFile(join(here, file)));
  for (const [name, file] of Object.entries(packages())) {
    const { version } = JSON.parse(await readFile(file, 'utf8'));
    hash.update(`${name}@${version}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds everything into `outdir` and writes manifest.json there:
 * `{ key, entry: { js, css }, files: { [name]: { gzip } } }`. With `replace: false`, an `outdir`
 * that appears meanwhile (a concurrent build) is kept.
 */
export async function buildGraphiql(outdir, { replace = true } = {}) {
  const staging = `${outdir}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  try {
    const manifest = await bundleInto(staging);
    if (replace) await rm(outdir, { recursive: true, force: true });
    await mkdir(dirname(outdir), { recursive: true });
    try {
      await rename(staging, outdir);
    } catch (error) {
      // Another process finished the same build first: theirs is as good as ours.
      if (replace || !['ENOTEMPTY', 'EEXIST'].includes(error.code)) throw error;
      return JSON.parse(await readFile(join(outdir, 'manifest.json'), 'utf8'));
    }
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function bundleInto(staging) {
  const { build } = await import('esbuild');
  const pkg = packages();
  const key = await graphiqlBuildKey();

  const common = {
    bundle: true,
    minify: true,
    target: ['es2022', 'chrome111', 'firefox115', 'safari16'],
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: staging,
    metafile: true,
    logLevel: 'warning',
    // Paths in the metafile are relative to this.
    absWorkingDir: apiRoot,
  };

  // The workers first: the page needs their (hashed) file names.
  const workerEntries = {
    editor: resolveFrom(pkg.monaco, 'monaco-editor/esm/vs/editor/editor.worker.js'),
    json: resolveFrom(pkg.monaco, 'monaco-editor/esm/vs/language/json/json.worker.js'),
    graphql: resolveFrom(pkg.monacoGraphql, 'monaco-graphql/esm/graphql.worker.js'),
  };
  const workerBuild = await build({
    ...common,
    entryPoints: Object.entries(workerEntries).map(([name, file]) => ({ in: file, out: `worker-${name}` })),
    entryNames: '[name]-[hash]',
    format: 'iife',
  });
  const workers = {};
  for (const [output, meta] of Object.entries(workerBuild.metafile.outputs)) {
    const name = Object.keys(workerEntries).find((label) => meta.entryPoint && resolve(apiRoot, meta.entryPoint) === workerEntries[label]);
    if (name) workers[name] = basename(output);
  }
  if (Object.keys(workers).length !== 3) throw new Error(`GraphiQL build: missing worker bundles (${JSON.stringify(workers)})`);

  const appBuild = await build({
    ...common,
    entryPoints: [{ in: join(here, 'client.js'), out: 'graphiql' }],
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    assetNames: '[name]-[hash]',
    format: 'esm',
    splitting: true,
    // Resolve from the API package, where graphiql, react and the toolkit are dependencies.
    nodePaths: [join(apiRoot, 'node_modules')],
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
    define: { ...common.define, __SPIK_GRAPHIQL_WORKERS__: JSON.stringify(workers) },
  });
  // With splitting, every dynamic import() is an entry point too; the page's own is client.js. Its
  // CSS holds all of GraphiQL's and Monaco's styles (graphiql/style.css), so the chunk-*.css that
  // esbuild also writes for Monaco's lazily loaded modules are never needed.
  const entry = {};
  for (const [output, meta] of Object.entries(appBuild.metafile.outputs)) {
    if (!meta.entryPoint || resolve(apiRoot, meta.entryPoint) !== join(here, 'client.js')) continue;
    entry.js = basename(output);
    entry.css = meta.cssBundle && basename(meta.cssBundle);
  }
  if (!entry.js || !entry.css) throw new Error(`GraphiQL build: missing page bundle (${JSON.stringify(entry)})`);
  for (const output of Object.keys(appBuild.metafile.outputs)) {
    if (output.endsWith('.css') && basename(output) !== entry.css) await rm(resolve(apiRoot, output));
  }

  // Pre-compressed copies: the Monaco bundle is large, and the API has no compression of its own.
  const files = {};
  for (const name of await readdir(staging)) {
    const file = join(staging, name);
    const body = await readFile(file);
    const compressible = /\.(js|css|json|svg|ttf)$/.test(name) && body.length > 1024;
    if (compressible) await writeFile(`${file}.gz`, await gzip(body, { level: zlib.Z_BEST_COMPRESSION }));
    files[name] = { gzip: compressible };
  }
  const manifest = { key, entry, files };
  await writeFile(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Size of every file in the built directory, for the build log. */
async function describe(outdir, manifest) {
  const lines = [];
  for (const name of Object.keys(manifest.files).sort()) {
    const raw = (await stat(join(outdir, name))).size;
    const packed = manifest.files[name].gzip ? (await stat(join(outdir, `${name}.gz`))).size : raw;
    lines.push(`  ${name.padEnd(36)} ${(raw / 1024).toFixed(0).padStart(6)} KiB  (gzip ${(packed / 1024).toFixed(0)} KiB)`);
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = resolve(process.argv[2] ?? join(apiRoot, 'dist/graphiql'));
  const started = Date.now();
  const manifest = await buildGraphiql(outdir);
  console.log(`GraphiQL bundled into ${outdir} in ${Date.now() - started} ms:\n${await describe(outdir, manifest)}`);
}
