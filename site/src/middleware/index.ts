import { sequence } from 'astro:middleware';
import { renderCache } from './render-cache';
import { requestGuard } from './request-guard';

/** Guard the address first; then render, reuse or fall back (docs/decisions/0017-site-http-caching.md). */
export const onRequest = sequence(requestGuard, renderCache);
