import { createRequire } from 'node:module';

/**
 * Strapi's own `errors.ValidationError` (from @strapi/utils), so a lifecycle that throws it gets
 * a 400 with our message in the Content Manager and the REST API. @strapi/utils is not a direct
 * dependency of the CMS package, so it is loaded from where @strapi/strapi resolves it: the very
 * module instance Strapi's error middleware checks against.
 */
type ValidationErrorClass = new (message: string, details?: unknown) => Error;
const strapiRequire = createRequire(require.resolve('@strapi/strapi'));
const utils = strapiRequire('@strapi/utils') as { errors: { ValidationError: ValidationErrorClass } };

export const ValidationError: ValidationErrorClass = utils.errors.ValidationError;
