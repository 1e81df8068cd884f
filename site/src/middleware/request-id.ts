/**
 * Each request's id (REQUEST_ID_HEADER): the one the visitor's proxy sent, when it is safe to log,
 * or a new one. The answer carries it, and every API call made while rendering sends it on, so
 * one id follows a page view through the proxy's, the site's and the API's logs.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { defineMiddleware } from 'astro:middleware';
import { REQUEST_ID_HEADER, requestIdOf } from '@spik/shared';
import { withHeaders } from './answer-headers';

const current = new AsyncLocalStorage<string>();

/** The id of the request being answered; undefined outside one (a build, a test). */
export const currentRequestId = (): string | undefined => current.getStore();

export const requestId = defineMiddleware((context, next) => {
  const id = requestIdOf(context.request.headers.get(REQUEST_ID_HEADER));
  return current.run(id, async () => withHeaders(await next(), { [REQUEST_ID_HEADER]: id }));
});
