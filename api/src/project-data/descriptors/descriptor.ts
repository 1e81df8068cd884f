/**
 * One descriptor per project-data entity: its fields, natural key, delete guards and what a write
 * of it changes for the indicator facts. The GraphQL input (fields.ts), the checks below, the
 * audit snapshot, the mutations (entity-writes.ts) and the CSV import (import.ts) all read it, so
 * adding a field touches the descriptor and a migration only.
 */
import type { EntityClass } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { GraphQLError } from 'graphql';
import type { AuditValues } from '../../audit/audit.js';
import type { DataChange } from '../../db/data-version.js';
import { type FieldError, InputValidationError } from '../../errors/graphql-errors.js';
import { Activity } from '../activity.entity.js';
import { Company } from '../company.entity.js';
import { type Fields, type FieldSpec, type InputSpec, type RefKind, checkFields } from '../fields/field.js';
import { type ReferenceNeeds, References, unknownReference } from '../fields/references.js';
import { isBlank } from '../fields/rules.js';
import { Organisation } from '../organisation.entity.js';
import { Participant } from '../participant.entity.js';

/** A checked input: each field's value as stored, references resolved to ids. */
export type Row = Record<string, unknown>;

export interface NaturalKey {
  /** The fields that make the key; the last is the one a duplicate is reported on. */
  fields: string[];
  /** Swedish, for a key twice in one CSV file: "organisationsnummer". */
  label: string;
  /** The references to load so that `holder` can answer from them. */
  lookup?: RefKind;
  /** The id of the row that holds the key of `row` already, if any. */
  holder(row: Row, refs: References, em: SqlEntityManager): number | undefined | Promise<number | undefined>;
  /** The key is taken: with the row when we found the holder, without when the database refused the insert. */
  duplicate(row?: Row): FieldError;
}

/** A key of one field, looked up like a reference of kind `lookup` (a company's organisationsnummer). */
export const keyLookedUp = (field: string, label: string, lookup: RefKind, duplicate: (row?: Row) => FieldError): NaturalKey => ({
  fields: [field],
  label,
  lookup,
  holder: (row, refs) => refs.resolve(lookup, row[field] as string),
  duplicate,
});

/** Finds the row a mutation names (by id, or by natural key), and says so when there is none. */
export interface Locator<E, K> {
  find(em: SqlEntityManager, key: K): Promise<E | null>;
  notFound(key: K): GraphQLError;
}

/** Refuses a delete that would break a reference or erase more than asked, with the reason; null lets it through. */
export type DeleteGuard<E> = (em: SqlEntityManager, entity: E) => Promise<GraphQLError | null>;

export interface EntityDescriptor<E extends object, F extends Fields = Fields, K = string> {
  /** The entity's name in the audit log and in receipts: "Company". */
  name: string;
  entity: EntityClass<E>;
  input: InputSpec<F>;
  locate: Locator<E, K>;
  /** Mutations named by their input (an enrolment by its participant and activity) are checked before they are found. */
  foundByInput?: boolean;
  key?: NaturalKey;
  /** What a write of `entity` changes for the indicator facts; asked while the row still exists. */
  changes(em: SqlEntityManager, entity: E): DataChange | Promise<DataChange>;
  deleteGuards?: DeleteGuard<E>[];
  /** Stored with every new or imported row beyond the fields: rows staff write are never demo data. */
  fixed?: Record<string, unknown>;
  /** Stores what a nested field holds (a gap analysis's shifts replace the old ones). */
  storeNested?(em: SqlEntityManager, entity: E, row: Row): void;
  /** Loaded after a write, for the answer. */
  populate?: string[];
  /** The natural key a receipt names; `source` is the input or the arguments of the mutation. */
  reference(entity: E, source: unknown): string | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the generic code takes any descriptor
export type AnyDescriptor = EntityDescriptor<any, Fields, any>;

const REFERRED: Record<RefKind, EntityClass<object>> = { organisation: Organisation, company: Company, participant: Participant, activity: Activity };

const entries = (fields: Fields) => Object.entries(fields) as [string, FieldSpec][];

/** What to load for the references of `inputs` (and for looking up their natural keys). */
export function needsOf(d: AnyDescriptor, inputs: Record<string, unknown>[]): ReferenceNeeds {
  const needs: ReferenceNeeds = {};
  const add = (kind: RefKind, field: string) => (needs[kind] ??= []).push(...inputs.map((i) => i[field]).filter((v): v is string => typeof v === 'string'));
  for (const [key, f] of entries(d.input.fields)) if (f.ref) add(f.ref, key);
  if (d.key?.lookup) add(d.key.lookup, d.key.fields[0]!);
  return needs;
}

function valuesOf(fields: Fields, input: Record<string, unknown>, refs: References, errors: FieldError[]): Row {
  const failed = new Set(errors.map((e) => e.field));
  const row: Row = {};
  for (const [key, f] of entries(fields)) {
    const value = input[key];
    if (f.ref) {
      row[key] = failed.has(key) ? undefined : refs.resolve(f.ref, value as string);
      if (!failed.has(key) && row[key] === undefined) errors.push(unknownReference(f.ref, key, value as string));
    } else if (f.nested) {
      row[key] = Array.isArray(value) ? value.map((item: Record<string, unknown>) => valuesOf(f.nested!.fields, item, refs, [])) : [];
    } else {
      row[key] = isBlank(value) ? (f.default ?? null) : f.store ? f.store(value) : value;
    }
  }
  return row;
}

export type Checked = { ok: true; row: Row } | { ok: false; errors: FieldError[] };

/** Every check of one input that the references loaded answer: the rules, then what it names. */
export function checkRow(d: AnyDescriptor, input: object, refs: References): Checked {
  const errors = checkFields(input, d.input.fields);
  const row = valuesOf(d.input.fields, input as Record<string, unknown>, refs, errors);
  return errors.length ? { ok: false, errors } : { ok: true, row };
}

/** A mutation's whole check: the rules, the references and a natural key held by another row. Throws every problem at once. */
export async function checkInput(em: SqlEntityManager, d: AnyDescriptor, input: object, exceptId?: number): Promise<Row> {
  const errors = checkFields(input, d.input.fields);
  const refs = await References.load(em, needsOf(d, [input as Record<string, unknown>]));
  const row = valuesOf(d.input.fields, input as Record<string, unknown>, refs, errors);
  const keyChecked = d.key && !d.key.fields.some((field) => errors.some((e) => e.field === field));
  if (keyChecked) {
    const holder = await d.key!.holder(row, refs, em);
    if (holder !== undefined && holder !== exceptId) errors.push(d.key!.duplicate(row));
  }
  if (errors.length) throw new InputValidationError(errors);
  return row;
}

/** The entity data of a checked row: each field in its property, references as references. */
export function entityData(em: SqlEntityManager, d: AnyDescriptor, row: Row): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, f] of entries(d.input.fields)) {
    if (f.nested) continue;
    data[f.property ?? key] = f.ref ? em.getReference(REFERRED[f.ref], row[key] as never) : row[key];
  }
  return data;
}

/** The audit snapshot: every field's stored value, a reference as its id (`companyId`). */
export function snapshotOf(fields: Fields, entity: object): AuditValues {
  const values: AuditValues = {};
  const source = entity as Record<string, unknown>;
  for (const [key, f] of entries(fields)) {
    const property = f.property ?? key;
    if (f.nested) values[key] = (source[key] as { getItems(): object[] }).getItems().map((item) => snapshotOf(f.nested!.fields, item));
    else if (f.ref) values[`${property}Id`] = (source[property] as { id: number }).id;
    else values[property] = source[property];
  }
  return values;
}
