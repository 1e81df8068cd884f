// Walks the archive-mode site from its start page, saves every page, feed and image it reaches,
// and rewrites each link so that the copy stands alone: pages link to each other by relative
// paths, images come from the copy's own media/ folder, and no API address is left.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { archivePathOf, fileOf, mediaFileOf, relativeLink } from './paths.mjs';

const TEXT_TYPES = /^(text\/|application\/(xml|rss\+xml|json|javascript|ld\+json)|image\/svg)/;
const LINK_ATTRIBUTES = ['href', 'src'];
const ABSOLUTE_META = new Set(['og:image', 'og:url', 'twitter:image']);

/**
 * @param {{ renderer: string, publicSite: string, apiOrigins: string[], outDir: string, seeds: string[], written: Set<string>, log: (line: string) => void }} options
 *   `renderer` is the archive-mode site to read from; `publicSite` the address the copy will be
 *   published at (canonical links, feeds, sitemap); `apiOrigins` the origins images come from
 *   (the first is fetched from);
 *   `written` the files already in the copy (the figures), which links may name.
 */
export async function crawl({ renderer, publicSite, apiOrigins, outDir, seeds, written, log }) {
  const site = new URL(renderer).origin;
  const api = apiOrigins[0];
  const apiPattern = apiOrigins.map(escapeRegExp).join('|');
  const published = publicSite.replace(/\/$/, '');
  const queued = new Set();
  const queue = [];
  const media = new Set();
  const problems = [];
  const enqueue = (sitePath, from) => {
    if (written.has(fileOf(sitePath)) || queued.has(sitePath)) return;
    queued.add(sitePath);
    queue.push({ sitePath, from });
  };
  for (const seed of seeds) enqueue(seed, 'the archive’s own list');

  const save = async (file, body) => {
    const target = path.join(outDir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, body);
    written.add(file);
  };

  /** An absolute address of the published copy for a site path (canonical links, feeds). */
  const publishedUrl = (sitePath) => `${published}${archivePathOf(sitePath)}`;
  /** Site URLs in feeds, the sitemap and JSON-LD become the copy's; API images the copy's media. */
  const rewriteText = (text) =>
    text
      .replaceAll(new RegExp(`(?:${apiPattern})(/media/[^"'<>\\s?)]*)(\\?[^"'<>\\s)]*)?`, 'g'), (_, mediaPath) => {
        media.add(mediaPath);
        return `${published}/${mediaFileOf(mediaPath)}`;
      })
      .replaceAll(new RegExp(`${escapeRegExp(published)}(/[^"'<>\\s?#]*)?`, 'g'), (_, sitePath = '/') => publishedUrl(sitePath));

  // `file` is where the link stands; null for the 404 page, which a static server shows at any
  // depth, so its links are root-relative.
  const local = (file, target, hash = '') => (file === null ? `/${target}${hash}` : relativeLink(file, target, hash));
  const rewriteLink = (value, file, pageUrl, absolute) => {
    if (!value || /^(mailto:|tel:|data:|#)/.test(value)) return value;
    const url = new URL(value, pageUrl);
    if (apiOrigins.includes(url.origin) && url.pathname.startsWith('/media/')) {
      media.add(url.pathname);
      return absolute ? `${published}/${mediaFileOf(url.pathname)}` : local(file, mediaFileOf(url.pathname));
    }
    if (url.origin === site) {
      if (url.search) problems.push(`${file}: a link with a query string (${value}) cannot be archived as a static file`);
      enqueue(url.pathname, file);
      return absolute ? publishedUrl(url.pathname) : local(file, fileOf(url.pathname), url.hash);
    }
    if (url.origin === new URL(published).origin) return publishedUrl(url.pathname) + url.hash;
    return value;
  };

  const archivePage = (html, file, pageUrl) => {
    const root = parse(html, { comment: true });
    for (const element of root.querySelectorAll('[href], [src], [srcset], meta[content]')) {
      for (const name of LINK_ATTRIBUTES) {
        const value = element.getAttribute(name);
        // Canonical and alternate-language links stay absolute, as search engines expect.
        const absolute = name === 'href' && element.tagName === 'LINK' && element.getAttribute('rel') === 'canonical';
        if (value !== undefined) element.setAttribute(name, rewriteLink(value, file, pageUrl, absolute));
      }
      const srcset = element.getAttribute('srcset');
      if (srcset) {
        const candidates = srcset.split(',').map((candidate) => {
          const [url, ...descriptor] = candidate.trim().split(/\s+/);
          return [rewriteLink(url, file, pageUrl, false), ...descriptor].join(' ');
        });
        element.setAttribute('srcset', candidates.join(', '));
      }
      const property = element.getAttribute('property') ?? element.getAttribute('name');
      if (element.tagName === 'META' && ABSOLUTE_META.has(property ?? '')) {
        element.setAttribute('content', rewriteLink(element.getAttribute('content'), file, pageUrl, true));
      }
    }
    return rewriteText(root.toString());
  };

  const notFound = await fetch(new URL('/arkivets-saknade-sida', site), { signal: AbortSignal.timeout(30_000) });
  if (notFound.status !== 404) problems.push(`the not-found page answered ${notFound.status}, not 404`);
  await save('404.html', archivePage(await notFound.text(), null, notFound.url));

  while (queue.length) {
    const batch = queue.splice(0, 4);
    await Promise.all(
      batch.map(async ({ sitePath, from }) => {
        const response = await fetch(`${site}${sitePath}`, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
        if (!response.ok) {
          problems.push(`${sitePath} (linked from ${from}) answered ${response.status}`);
          return;
        }
        const file = fileOf(sitePath);
        const type = response.headers.get('content-type') ?? '';
        if (type.startsWith('text/html')) await save(file, archivePage(await response.text(), file, response.url));
        else if (TEXT_TYPES.test(type)) await save(file, rewriteText(await response.text()));
        else await save(file, Buffer.from(await response.arrayBuffer()));
        log(`  ${file}`);
      }),
    );
  }
  for (const mediaPath of media) {
    const response = await fetch(`${api}${mediaPath}`, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) problems.push(`image ${mediaPath} answered ${response.status}`);
    else await save(mediaFileOf(mediaPath), Buffer.from(await response.arrayBuffer()));
  }
  return { problems, pages: queued.size, images: media.size };
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
