// Where each address of the live site lives in the static archive, and how one archived file links
// to another. A page's file is a folder's index.html, so an old address (/nyheter/x) still finds
// its page under any static server (which redirects it to /nyheter/x/), and every link names the
// file itself (…/index.html), so the copy also works opened from disk.
import path from 'node:path';

const HAS_EXTENSION = /\/[^/]+\.[a-z0-9]+$/i;

/** The archive's file for a site path: "/" → "index.html", "/nyheter/x" → "nyheter/x/index.html". */
export function fileOf(sitePath) {
  if (HAS_EXTENSION.test(sitePath)) return sitePath.slice(1);
  const folder = sitePath.endsWith('/') ? sitePath : `${sitePath}/`;
  return `${folder.slice(1)}index.html`;
}

/** The archive's public path for a site path: pages end in a slash, files keep their name. */
export function archivePathOf(sitePath) {
  if (HAS_EXTENSION.test(sitePath) || sitePath.endsWith('/')) return sitePath;
  return `${sitePath}/`;
}

/** A link from one archived file to another, relative, with the fragment kept. */
export function relativeLink(fromFile, toFile, hash = '') {
  const link = path.posix.relative(path.posix.dirname(fromFile), toFile) || path.posix.basename(toFile);
  return `${link}${hash}`;
}

/** Where an image served by the API under /media/ is kept: its path, without the version query. */
export function mediaFileOf(mediaPath) {
  return `media/${mediaPath.replace(/^\/media\//, '')}`;
}
