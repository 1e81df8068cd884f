/**
 * Request ids, as the site and the API pass them on and write them in their logs. A client may
 * send its own, to follow one request through a proxy, the site and the API; one in any other
 * shape (a line break to forge a log line, a megabyte of text) is replaced by a fresh one.
 */
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

const SAFE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** The id a request goes by: the one it came with when that is safe to log, else a new UUID. */
export function requestIdOf(sent: string | string[] | null | undefined): string {
  const value = Array.isArray(sent) ? sent[0] : sent;
  return value && SAFE_REQUEST_ID.test(value) ? value : randomUUID();
}
