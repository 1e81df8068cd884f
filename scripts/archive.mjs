// `npm run archive -- --out DIR`: a static, self-contained copy of the public site as it stands,
// for when the servers stop (docs/decisions/0035-static-archive.md). It reads the running API,
// renders the site in archive mode, and writes the copy all at once: into a folder beside DIR
// first, renamed to DIR only when every page, image and figure is there and no API or CMS address
// is left in any file.
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rename, rm, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { crawl } from './lib/archive/crawl.mjs';
import { saveFigures } from './lib/archive/figures.mjs';
import { freePort } from './lib/processes.mjs';
import { root, startSite } from './lib/stack.mjs';

const USAGE = 'Usage: npm run archive -- --out DIR [--api URL] [--site-url URL] [--key KEY] [--cms-url URL]';
const stockholmDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

function options() {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, api: { type: 'string' }, 'site-url': { type: 'string' }, key: { type: 'string' }, 'cms-url': { type: 'string' } },
    strict: true,
  });
  if (!values.out) throw new Error(`--out is missing. ${USAGE}`);
  const demoKeys = path.join(root, 'api', '.data', 'demo-keys.json');
  const key = values.key ?? process.env.SPIK_API_KEY ?? (existsSync(demoKeys) ? JSON.parse(readFileSync(demoKeys, 'utf8')).staff : undefined);
  if (!key) throw new Error('No API key: give a partner or staff key with --key or SPIK_API_KEY (pnpm --filter api key create --role partner --name Arkiv).');
  return {
    // npm runs scripts from the project's root; a relative --out means the caller's folder.
    out: path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out),
    api: (values.api ?? process.env.API_URL ?? 'http://127.0.0.1:4000').replace(/\/$/, ''),
    cms: (values['cms-url'] ?? process.env.CMS_URL ?? 'http://127.0.0.1:1337').replace(/\/$/, ''),
    publicSite: (values['site-url'] ?? process.env.SITE_URL ?? 'http://localhost:8000').replace(/\/$/, ''),
    key,
  };
}

async function emptyOrMissing(dir) {
  if (!existsSync(dir)) return true;
  return (await stat(dir)).isDirectory() && (await readdir(dir)).length === 0;
}

async function* filesUnder(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else yield full;
  }
}

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/** Every spelling of an address: on this machine, localhost, 127.0.0.1 and [::1] are one place. */
function spellings(url) {
  const { protocol, hostname, port } = new URL(url);
  const hosts = LOOPBACK.includes(hostname) ? LOOPBACK : [hostname];
  return hosts.map((host) => `${protocol}//${host}${port ? `:${port}` : ''}`);
}

async function main() {
  const started = Date.now();
  const { out, api, cms, publicSite, key } = options();
  if (!(await emptyOrMissing(out))) throw new Error(`${out} exists and is not empty: choose a new folder, nothing was written.`);
  const health = await fetch(`${api}/healthz`, { signal: AbortSignal.timeout(10_000) }).catch((error) => error);
  if (!(health instanceof Response) || !health.ok) throw new Error(`The API at ${api} does not answer: start the stack (npm start) or give --api.`);

  const copiedOn = stockholmDay.format(new Date());
  const staging = `${out}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const port = await freePort();
  const site = startSite({
    port,
    apiUrl: api,
    apiPublicUrl: api,
    siteUrl: publicSite,
    pageSize: 100,
    renderLimit: '1000/10000',
    quiet: true,
    extraEnv: { SITE_ARCHIVE_COPY: copiedOn },
  });
  try {
    console.log(`▸ Saving the final figures and the site into ${out} (as of ${copiedOn})…`);
    const written = new Set(await saveFigures({ api, key, outDir: staging, publicSite, copiedOn }));
    await site.ready();
    const seeds = [
      '/',
      '/sa-gick-det',
      '/resultat',
      '/tillganglighet',
      '/nyheter/rss.xml',
      '/kurser/nya.xml',
      '/kurser/kalender.ics',
      '/sitemap.xml',
      '/robots.txt',
    ];
    // The API names images by its own public address (API_PUBLIC_URL), which may differ from --api.
    const apiOrigins = [...new Set([...spellings(api), ...(process.env.API_PUBLIC_URL ? spellings(process.env.API_PUBLIC_URL) : [])])];
    const result = await crawl({ renderer: `http://127.0.0.1:${port}`, publicSite, apiOrigins, outDir: staging, seeds, written, log: () => {} });
    const forbidden = [...apiOrigins, ...spellings(cms)].map((origin) => origin.replace(/^https?:/, ''));
    let bytes = 0;
    for await (const file of filesUnder(staging)) {
      const content = await readFile(file);
      bytes += content.length;
      const text = content.toString('latin1');
      for (const address of forbidden) {
        if (text.includes(address)) result.problems.push(`${path.relative(staging, file)} names ${address}`);
      }
    }
    if (result.problems.length) throw new Error(`The archive is incomplete; nothing was written to ${out}:\n  ${result.problems.join('\n  ')}`);
    await rm(out, { recursive: true, force: true });
    await rename(staging, out);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `✔ Archive written: ${written.size} files (${result.pages} pages and feeds, ${result.images} images, 3 data files), ${(bytes / 1048576).toFixed(1)} MiB, in ${seconds} s.`,
    );
    console.log(
      `  Serve it with any static web server, e.g. python3 -m http.server --directory ${path.relative(process.env.INIT_CWD ?? process.cwd(), out) || '.'}`,
    );
  } catch (error) {
    if (!process.env.ARCHIVE_KEEP_PARTIAL) await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    await site.stop();
  }
}

main().catch((error) => {
  console.error(`✖ ${error.message}`);
  process.exit(1);
});
