/**
 * HTML, XML, JSON and text are gzipped when the browser accepts it. A stored render carries an
 * ETag, so its gzipped bytes are made once and kept by that tag; an answer without one (a
 * preview, an error page) is compressed each time.
 */
import { gzipSync } from 'node:zlib';
import { defineMiddleware } from 'astro:middleware';
import { LRUCache } from 'lru-cache';
import { withHeaders } from './answer-headers';

export const TEXTUAL = /^(text\/|application\/(xml|rss\+xml|json))/;

const gzippedByEtag = new LRUCache<string, Uint8Array<ArrayBuffer>>({ maxSize: 16 * 1024 * 1024, sizeCalculation: (bytes) => bytes.length });

export const compression = defineMiddleware(async ({ request }, next) => {
  const response = await next();
  if (!TEXTUAL.test(response.headers.get('content-type') ?? '') || response.headers.has('content-encoding')) return response;
  const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
  // A 304 has no body to compress; a HEAD answer says what the GET would have sent.
  if (response.status === 304 || !gzip) return withHeaders(response, { vary: 'Accept-Encoding' });
  if (request.method === 'HEAD' || !response.body) return withHeaders(response, { vary: 'Accept-Encoding', 'content-encoding': 'gzip' }, ['content-length']);
  const etag = response.headers.get('etag');
  let gzipped = etag ? gzippedByEtag.get(etag) : undefined;
  if (!gzipped) {
    gzipped = new Uint8Array(gzipSync(new Uint8Array(await response.arrayBuffer())));
    if (etag) gzippedByEtag.set(etag, gzipped);
  }
  return withHeaders(new Response(gzipped, { status: response.status, headers: response.headers }), { vary: 'Accept-Encoding', 'content-encoding': 'gzip' }, [
    'content-length',
  ]);
});
