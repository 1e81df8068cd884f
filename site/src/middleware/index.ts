import { sequence } from 'astro:middleware';
import { compression } from './compression';
import { renderCache } from './render-cache';
import { renderLimit } from './render-limit';
import { requestGuard } from './request-guard';
import { securityHeaders } from './security-headers';

/**
 * Every request passes these in order, and every answer passes them back in reverse
 * (docs/decisions/0017-site-http-caching.md, 0039-site-middleware.md): the address is checked
 * first; a render is reused or made (and only a render that is made counts against the client's
 * limit); then the answer gets its security headers, and last it is compressed.
 */
export const onRequest = sequence(requestGuard, compression, securityHeaders, renderCache, renderLimit);
