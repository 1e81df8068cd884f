/**
 * What every feed of the site says about itself, as feed validators ask: its language, its own
 * address (atom:link rel="self") and when it last changed (the newest item).
 */
export const RSS_NAMESPACES = { atom: 'http://www.w3.org/2005/Atom' };

export function channelData(selfUrl: string, newest: Date | null): string {
  return [
    '<language>sv-SE</language>',
    `<atom:link href="${selfUrl.replace(/&/g, '&amp;')}" rel="self" type="application/rss+xml"/>`,
    newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : '',
  ].join('');
}
