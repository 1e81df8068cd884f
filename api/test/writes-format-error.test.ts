import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { formatError } from '../src/errors/graphql-errors.js';

describe('formatError', () => {
  it("turns type-graphql's validation errors into Swedish field errors without echoing the input", () => {
    const invalid = Object.assign(new ValidationError(), {
      property: 'email',
      value: 'anna@example.com',
      target: { email: 'anna@example.com' },
      constraints: { isEmail: 'email must be an email' },
    });
    const error = new ArgumentValidationError([invalid]);
    const formatted = formatError({ message: error.message, extensions: error.extensions }, error);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'email', code: 'IS_EMAIL', message: 'Värdet är ogiltigt.' }] });
    expect(formatted.message).toContain('Inget har sparats');
    expect(JSON.stringify(formatted)).not.toContain('anna@example.com');
  });

  it('replaces database driver messages, which quote SQL and values', () => {
    const error = new UniqueConstraintViolationException(new Error(`insert into "participant" ("reference") values ('P-4711') - duplicate key`));
    const formatted = formatError({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at …'] } }, error);
    expect(formatted).toEqual({ message: 'Ett oväntat databasfel inträffade. Inget har sparats.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
