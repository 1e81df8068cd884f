/**
 * The one shape of every error this API answers, outside GraphQL too: GraphQL's own
 * `{ "errors": [{ "message", "extensions": { "code", … } }] }`, so a partner's client parses one
 * shape whether it called /graphql, the CSV export, an import or the media proxy. `code` is the
 * stable identifier for programs; the message says what was wrong in Swedish, then in English.
 */
export interface ErrorReply {
  errors: { message: string; extensions: { code: string } & Record<string, unknown> }[];
}

/** A message in both languages: the Swedish sentence first, then the English one. */
export const bilingual = (sv: string, en: string): string => `${sv} ${en}`;

export function errorReply(code: string, message: string, extensions: Record<string, unknown> = {}): ErrorReply {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}
