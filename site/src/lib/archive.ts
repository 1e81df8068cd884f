/**
 * The static archive copy (`npm run archive`, decision 0035) renders the live pages with
 * `SITE_ARCHIVE_COPY` set to the day the copy is made (YYYY-MM-DD). In that mode a page offers
 * nothing a static web server cannot answer: no filters, forms, query-string links or feeds that
 * would go on changing, and every page says that it is an archive.
 */
export function archiveCopyDay(): string | null {
  const day = process.env.SITE_ARCHIVE_COPY;
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

export function isArchiveCopy(): boolean {
  return archiveCopyDay() !== null;
}

/** Where the archive keeps the final figures, beside the pages (the archiver writes them). */
export const archiveDownloads = {
  csv: '/data/spik-indikatorer.csv',
  jsonStat: '/data/spik-indikatorer.jsonstat.json',
  readme: '/data/LASMIG.txt',
} as const;
