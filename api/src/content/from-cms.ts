import type { ApiContext } from '../graphql/context.js';
import type { CachedContent } from './content-cache.js';

/** Unwraps a CMS answer, noting in the reply when it is the last good copy rather than fresh. */
export function fromCms<T>(ctx: Pick<ApiContext, 'warnings'>, result: CachedContent<T>): T {
  if (result.stale) ctx.warnings.add('CONTENT_STALE');
  return result.value;
}
