import { unwrapResolverError } from '@apollo/server/errors';
import { DriverException } from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../db/unavailable.js';

/**
 * One problem with one input field. `code` is a stable English identifier for programs;
 * `message` is Swedish, for the person who typed the value.
 */
export interface FieldError {
  /** Input field, dotted for nested values: `shifts[1].targetLevel`. */
  field: string;
  code: string;
  message: string;
}

/** Bad input: carries every field's problem at once, so a form can mark them all in one round trip. */
export class InputValidationError extends GraphQLError {
  constructor(readonly fields: FieldError[]) {
    super(`${fields.length === 1 ? 'Ett fält har fel' : `${fields.length} fält har fel`}: ${fields.map((f) => f.message).join(' ')} Inget har sparats.`, {
      extensions: { code: 'BAD_USER_INPUT', fields },
    });
  }
}

export function notFound(what: string, key: string): GraphQLError {
  return new GraphQLError(`${what} ”${key}” finns inte.`, { extensions: { code: 'NOT_FOUND' } });
}

/** A write that would break a reference: refused with the reason, rather than a foreign-key failure. */
export function conflict(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * Flattens class-validator's tree into field errors. Our rules put their code in the constraint
 * context; a missing value is reported once, as REQUIRED, not once per rule that also fails on it.
 */
export function fieldErrorsOf(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    const failed = Object.entries(error.constraints ?? {});
    const required = failed.filter(([name]) => (error.contexts?.[name] as { code?: string } | undefined)?.code === 'REQUIRED');
    for (const [name, message] of required.length ? required : failed) {
      const code = (error.contexts?.[name] as { code?: string } | undefined)?.code ?? constraintCode(name);
      out.push({ field, code, message: isOurMessage(error.contexts?.[name]) ? message : 'Värdet är ogiltigt.' });
    }
    if (error.children?.length) out.push(...fieldErrorsOf(error.children, field));
  }
  return out;
}

// class-validator's built-in rules (used by other resolvers, if any) only carry English messages.
const isOurMessage = (context: unknown): boolean => typeof (context as { code?: unknown } | undefined)?.code === 'string';
const constraintCode = (name: string): string => name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

interface VariableProblem {
  field: string;
  code: string;
  message: string;
}

/**
 * graphql-js rejects a wrongly typed variable before any resolver runs, in English. We add the
 * field and a Swedish explanation so clients can treat it like any other field error.
 */
function variableProblem(message: string): VariableProblem | null {
  if (!message.startsWith('Variable "$')) return null;
  const at = /at "([^"]+)"/.exec(message)?.[1];
  const missing = /Field "([^"]+)" of required type "[^"]+" was not provided/.exec(message)?.[1];
  const base = (at ?? /^Variable "\$([^"]+)"/.exec(message)?.[1] ?? '').split('.').slice(1).join('.');
  if (missing) {
    return { field: base ? `${base}.${missing}` : missing, code: 'REQUIRED', message: `Fältet ”${missing}” måste anges.` };
  }
  const enumName = /does not exist in "([^"]+)" enum/.exec(message)?.[1];
  if (enumName) return { field: base, code: 'INVALID_ENUM', message: `Värdet finns inte bland de tillåtna värdena för ${enumName}.` };
  return { field: base, code: 'INVALID_TYPE', message: 'Värdet har fel typ för fältet.' };
}

/**
 * Apollo's `formatError`: every client-facing error carries a Swedish explanation and, for bad
 * input, `extensions.fields` with one entry per field. Nothing echoes input values or SQL, since
 * those may hold personal data.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const extensions = { ...formatted.extensions };

  const validationErrors = extensions.validationErrors as ValidationError[] | undefined;
  if (Array.isArray(validationErrors)) {
    // type-graphql's ArgumentValidationError: the raw tree contains the submitted object (`target`, `value`).
    const fields = fieldErrorsOf(validationErrors);
    delete extensions.validationErrors;
    return { ...formatted, message: new InputValidationError(fields).message, extensions: { ...extensions, code: 'BAD_USER_INPUT', fields } };
  }

  if (isDatabaseUnavailable(original)) {
    delete extensions.stacktrace;
    return {
      ...formatted,
      message: 'Projektets uppgifter är tillfälligt otillgängliga. Project data is temporarily unavailable.',
      extensions: { code: 'DATA_UNAVAILABLE' },
    };
  }

  if (original instanceof DriverException) {
    // Driver messages quote the SQL and its values.
    delete extensions.stacktrace;
    delete extensions.exception;
    return { ...formatted, message: 'Ett oväntat databasfel inträffade. Inget har sparats.', extensions: { ...extensions, code: 'INTERNAL_SERVER_ERROR' } };
  }

  // Apollo reports every validation error as GRAPHQL_VALIDATION_FAILED; a limit keeps its own code.
  const limitCode = limitCodeOf(error);
  if (limitCode) return { ...formatted, extensions: { ...extensions, code: limitCode } };

  if (extensions.code === 'GRAPHQL_PARSE_FAILED' && /more tha[nt] \d+ tokens/.test(formatted.message)) {
    const limit = Number(/more tha[nt] (\d+) tokens/.exec(formatted.message)![1]);
    return { message: `The document has too many tokens (limit ${limit}).`, extensions: { code: 'TOO_MANY_TOKENS', limit } };
  }

  if (extensions.code === 'INTERNAL_SERVER_ERROR' && !(original instanceof GraphQLError)) {
    // An unexpected failure's message may name internals (paths, URLs, SQL): never pass it on.
    delete extensions.stacktrace;
    return {
      message: 'Ett oväntat fel inträffade. An unexpected error occurred.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }

  if (extensions.code === 'BAD_USER_INPUT' && !extensions.fields) {
    const problem = variableProblem(formatted.message);
    if (problem) {
      return { ...formatted, message: `${problem.message} (${formatted.message})`, extensions: { ...extensions, fields: [problem] } };
    }
  }
  return formatted;
}

/**
 * The codes of the query limits (guard/query-limits.ts) checked while validating a document:
 * part of the error vocabulary, so the limits name them and formatError keeps them.
 */
export const LIMIT_CODES = new Set(['QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'TOO_MANY_ROOT_FIELDS', 'QUERY_TOO_COSTLY']);

function limitCodeOf(error: unknown): string | null {
  for (
    let current = error as { originalError?: unknown; extensions?: Record<string, unknown> } | undefined;
    current;
    current = current.originalError as typeof current
  ) {
    const code = current.extensions?.code;
    if (typeof code === 'string' && LIMIT_CODES.has(code)) return code;
  }
  return null;
}
