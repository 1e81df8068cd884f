import { defineMiddleware, sequence } from 'astro:middleware';
import { compression } from './compression';
import { renderCache } from './render-cache';
import { renderLimit } from './render-limit';
import { requestGuard } from './request-guard';
import { requestId } from './request-id';
import { securityHeaders } from './security-headers';

/**
 * Every request passes these in order, and every answer passes them back in reverse
 * (docs/decisions/0017-site-http-caching.md, 0039-site-middleware.md): the request gets its id
 * first (every answer carries it, every API call sends it on); the address is checked; a render is reused or made (and only a render that is made counts against the client's
 * limit); then the answer gets its security headers, and last it is compressed.
 */
const everyAnswer = sequence(requestId, requestGuard, compression, securityHeaders, renderCache, renderLimit);

// A page that answers with the 404 page (`Astro.rewrite('/404')`) makes Astro run the middleware
// again inside that page's render. Only the outer run may shape the answer: an inner run would
// compress it, and the outer run would then read gzip as HTML. A request's `locals` is the same
// object in both runs, so it tells them apart.
const answering = new WeakSet<object>();

export const onRequest = defineMiddleware((context, next) => {
  if (answering.has(context.locals)) return next();
  answering.add(context.locals);
  return everyAnswer(context, next);
});
