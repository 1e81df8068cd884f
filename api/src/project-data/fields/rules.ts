/**
 * The rules a field of staff input must satisfy, as class-validator decorators. They are our own
 * rather than the built-in ones so that every failure carries a stable English code and a Swedish
 * message (in the constraint context and message).
 *
 * Each rule ignores a blank value; only `required` speaks about absence, so a missing value is
 * reported once. A rule is a function of the field's Swedish label (`Namnet`), which the
 * descriptor states once per field.
 */
import { registerDecorator } from 'class-validator';
import { normaliseOrgNumber } from '../org-number.js';

type Test = (value: unknown, object: Record<string, unknown>) => boolean;
type Message = string | ((value: unknown, object: Record<string, unknown>) => string);

/** A rule for the field labelled `label`. */
export type Rule = (label: string) => PropertyDecorator;

export const isBlank = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function decorator(code: string, message: Message, test: Test, checkBlank = false): PropertyDecorator {
  return (target, propertyKey) => {
    registerDecorator({
      name: code,
      target: target.constructor,
      propertyName: String(propertyKey),
      options: {
        message: (args) => (typeof message === 'function' ? message(args.value, args.object as Record<string, unknown>) : message),
        context: { code },
      },
      validator: {
        validate: (value, args) => (!checkBlank && isBlank(value)) || test(value, args?.object as Record<string, unknown>),
      },
    });
  };
}

/** A rule of one field whose message names it itself (relations between fields, formats). */
export const rule =
  (code: string, message: Message, test: Test): Rule =>
  () =>
    decorator(code, message, test);

export const required: Rule = (label) => decorator('REQUIRED', `${label} måste anges.`, (value) => !isBlank(value), true);

export const text: Rule = (label) => decorator('NOT_TEXT', `${label} måste vara text.`, (value) => typeof value === 'string');

export const maxLength =
  (max: number): Rule =>
  (label) =>
    decorator('TOO_LONG', `${label} får vara högst ${max} tecken.`, (value) => typeof value === 'string' && value.length <= max);

export function oneOf(enumObject: Record<string, string>, swedish: Record<string, string>): Rule {
  const allowed = Object.values(enumObject);
  const list = allowed.map((v) => `${v} (${swedish[v]})`).join(', ');
  return (label) => decorator('INVALID_ENUM', `${label} måste vara ett av: ${list}.`, (value) => typeof value === 'string' && allowed.includes(value));
}

export const whole: Rule = (label) => decorator('NOT_AN_INTEGER', `${label} måste vara ett heltal.`, (value) => Number.isInteger(value));

export const decimal =
  (decimals: number): Rule =>
  (label) =>
    decorator(
      'INVALID_NUMBER',
      `${label} måste vara ett tal med högst ${decimals === 1 ? 'en decimal' : `${decimals} decimaler`}.`,
      (value) => typeof value === 'number' && Number.isFinite(value) && Math.abs(value * 10 ** decimals - Math.round(value * 10 ** decimals)) < 1e-6,
    );

export const yesNo: Rule = (label) => decorator('NOT_A_BOOLEAN', `${label} måste vara ja eller nej.`, (value) => typeof value === 'boolean');

/** A calendar date written YYYY-MM-DD (2024-02-30 is not one). */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const date: Rule = (label) => decorator('INVALID_DATE', `${label} måste vara ett datum på formen ÅÅÅÅ-MM-DD, t.ex. 2024-03-15.`, isLocalDate);

/** Not before the date in `other`, when both are dates. */
export const notBefore = (other: string, code: string, message: string): Rule =>
  rule(code, message, (value, object) => !isLocalDate(value) || !isLocalDate(object[other]) || value >= (object[other] as string));

export const between =
  (min: number, max: number, code = 'OUT_OF_RANGE'): Rule =>
  (label) =>
    decorator(code, `${label} måste vara mellan ${min} och ${max}.`, (value) => typeof value !== 'number' || (value >= min && value <= max));

/** A number that, when it is one, passes `test`. */
export const numberWhere = (code: string, message: string | (() => string), test: (value: number) => boolean): Rule =>
  rule(code, message, (value) => typeof value !== 'number' || test(value));

/** Text that, when it is text, passes `test`. */
export const textWhere = (code: string, message: string, test: (value: string) => boolean): Rule =>
  rule(code, message, (value) => typeof value !== 'string' || test(value));

export const orgNumber: Rule = (label) =>
  decorator(
    'INVALID_ORG_NUMBER',
    (value) =>
      typeof value === 'string' && /^\d{6}-?\d{4}$/.test(value.replace(/\s/g, ''))
        ? `${label} ${value} är inte giltigt: kontrollsiffran stämmer inte.`
        : `${label} måste vara tio siffror, t.ex. 556012-5790.`,
    (value) => typeof value === 'string' && normaliseOrgNumber(value) !== null,
  );

/** Text of at most `max` characters: the most common field. */
export const textUpTo = (max: number): Rule[] => [text, maxLength(max)];
