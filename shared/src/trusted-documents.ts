import { createHash } from 'node:crypto';
import * as operations from './generated/operations.js';

/**
 * The site's operations as trusted documents: each is known by the SHA-256 of its text, the site
 * sends only that id, and the API runs only the text it already holds for it. Both sides derive
 * the ids from the same generated documents, so they cannot drift apart.
 */
export function documentIdOf(document: { toString(): string }): string {
  return `sha256:${createHash('sha256').update(document.toString()).digest('hex')}`;
}

/** Every operation in shared/operations, by document id. */
export function trustedDocuments(): Map<string, string> {
  const documents = new Map<string, string>();
  for (const [name, value] of Object.entries(operations)) {
    if (name.endsWith('Document') && value && typeof value === 'object') documents.set(documentIdOf(value), value.toString());
  }
  return documents;
}
