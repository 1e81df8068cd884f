/**
 * One field of what staff may write: its GraphQL type and description, its Swedish label and
 * rules, its CSV aliases and where its value is stored. A descriptor lists its entity's fields;
 * the GraphQL input class, its validation, the CSV columns and the stored values all follow from
 * that list, so a value accepted by a mutation is accepted by the import and stored alike.
 */
import { validateSync } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { type FieldError, fieldErrorsOf } from '../../errors/graphql-errors.js';
import { type Parse, asDecimal, asInteger, asOneOf, asText, asYesNo } from './csv-values.js';
import { type Rule, oneOf, required } from './rules.js';

/** What a field may name by id, name or natural key; stored as a relation to that row. */
export type RefKind = 'organisation' | 'company' | 'participant' | 'activity';

export interface FieldSpec<T = unknown> {
  type: () => unknown;
  description: string;
  /** Swedish, as the field's messages name it: "Namnet", "Regionen". */
  label: string;
  /** The rules beyond presence: a field is required unless it is nullable or has a default. */
  rules: Rule[];
  nullable?: boolean;
  default?: T;
  /** Other names the CSV column may have; its first name is the field's. */
  csv?: string[];
  /** How a CSV cell is read; by default from the GraphQL type. */
  read?: Parse;
  /** The entity property the value is stored in, when it is not the field's name. */
  property?: string;
  ref?: RefKind;
  /** The stored form of a valid value: ten-digit organisationsnummer, öre. */
  store?: (value: T) => unknown;
  /** A list of nested inputs, stored by the descriptor (a gap analysis's shifts). */
  nested?: InputSpec<Fields>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a record of fields of any value type
export type Fields = Record<string, FieldSpec<any>>;
export type InputOf<F extends Fields> = { [K in keyof F]: F[K] extends FieldSpec<infer T> ? T : never };

export interface InputSpec<F extends Fields> {
  fields: F;
  Input: new () => InputOf<F>;
}

type Options<T> = Partial<Omit<FieldSpec<T>, 'type' | 'label' | 'description' | 'rules'>>;

/** A field of GraphQL type `type` (String, Int, an enum, a list), labelled `label` in messages. */
export const field = <T>(type: unknown, label: string, description: string, rules: Rule[], options: Options<T> = {}): FieldSpec<T> => ({
  type: () => type,
  label,
  description,
  rules,
  ...options,
});

/** An enumerated field: a CSV cell may name a value by API value, Swedish label or one of `extra`. */
export function choice<T extends string>(
  values: Record<string, T>,
  swedish: Record<string, string>,
  label: string,
  description: string,
  more: Options<T> & { extra?: Record<string, string> } = {},
) {
  const { extra, ...options } = more;
  return field<T>(values, label, description, [oneOf(values, swedish)], { read: asOneOf(values, swedish, extra), ...options });
}

export const isRequired = (f: FieldSpec): boolean => !f.nullable && f.default === undefined;

export function readerOf(f: FieldSpec): Parse {
  if (f.read) return f.read;
  const type = f.type();
  return type === Int ? asInteger : type === Float ? asDecimal : type === Boolean ? asYesNo : asText;
}

/** The GraphQL input class of `fields`, with their rules as its validation. */
export function inputType<F extends Fields>(name: string, description: string, fields: F): InputSpec<F> {
  const defaults = Object.fromEntries(Object.entries(fields).flatMap(([key, f]) => (f.default === undefined ? [] : [[key, f.default]])));
  // type-graphql reads a field's default value from a fresh instance.
  const Input = class {
    constructor() {
      Object.assign(this, defaults);
    }
  };
  Object.defineProperty(Input, 'name', { value: name });
  for (const [key, f] of Object.entries(fields)) {
    Field(f.type as () => typeof String, { description: f.description, ...(f.nullable ? { nullable: true } : {}) })(Input.prototype, key);
    for (const rule of isRequired(f) ? [required, ...f.rules] : f.rules) rule(f.label)(Input.prototype, key);
  }
  InputType(name, { description })(Input);
  return { fields, Input: Input as unknown as new () => InputOf<F> };
}

/** Trims every string (deeply) and makes nested inputs instances of their class, as type-graphql does. */
function tidy(input: Record<string, unknown>, fields: Fields): void {
  for (const [key, f] of Object.entries(fields)) {
    const value = input[key];
    if (typeof value === 'string') input[key] = value.trim();
    else if (f.nested && Array.isArray(value)) {
      const { Input, fields: nestedFields } = f.nested;
      input[key] = value.map((item) => {
        const nested = item instanceof Input || !item || typeof item !== 'object' ? item : Object.assign(new Input(), item);
        if (nested && typeof nested === 'object') tidy(nested as Record<string, unknown>, nestedFields);
        return nested;
      });
    } else if (f.nested && value == null) input[key] = [];
  }
}

/** The rules that need no database: shape, ranges and the relations between fields of one input. */
export function checkFields(input: object, fields: Fields): FieldError[] {
  tidy(input as Record<string, unknown>, fields);
  return fieldErrorsOf(validateSync(input, { skipMissingProperties: false, forbidUnknownValues: false, validationError: { target: false, value: false } }));
}
