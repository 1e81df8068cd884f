/**
 * What an input names by id, name or natural key (an organisation, a company by its
 * organisationsnummer, a participant by reference, an activity by code), resolved in bulk so
 * 100 000 import rows cost a handful of queries.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { FieldError } from '../../errors/graphql-errors.js';
import { formatOrgNumber, normaliseOrgNumber } from '../org-number.js';
import type { RefKind } from './field.js';

export type ReferenceNeeds = Partial<Record<RefKind, string[]>>;

const CHUNK = 5000;

async function idsByKey(em: SqlEntityManager, table: string, column: string, keys: Iterable<string> = []): Promise<Map<string, number>> {
  const unique = [...new Set(keys)];
  const found = new Map<string, number>();
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    const rows = await em.execute<{ id: number; key: string }[]>(`select id, ${column} as key from ${table} where ${column} in (?)`, [chunk]);
    for (const row of rows) found.set(row.key, Number(row.id));
  }
  return found;
}

const nameKey = (name: string) => name.trim().toLocaleLowerCase('sv');

export class References {
  private constructor(
    private readonly organisationsById: Map<number, string>,
    private readonly organisationsByName: Map<string, number>,
    private readonly companies: Map<string, number>,
    private readonly participants: Map<string, number>,
    private readonly activities: Map<string, number>,
  ) {}

  /** Loads what `needs` lists: every organisation (there are few), the other kinds by the keys given. */
  static async load(em: SqlEntityManager, needs: ReferenceNeeds): Promise<References> {
    const orgs = needs.organisation ? await em.execute<{ id: number; name: string }[]>('select id, name from organisation') : [];
    const orgNumbers = needs.company?.map((value) => normaliseOrgNumber(value)).filter((n): n is string => n !== null);
    return new References(
      new Map(orgs.map((o) => [Number(o.id), o.name])),
      new Map(orgs.map((o) => [nameKey(o.name), Number(o.id)])),
      await idsByKey(em, 'company', 'org_number', orgNumbers),
      await idsByKey(em, 'participant', 'reference', needs.participant),
      await idsByKey(em, 'activity', 'code', needs.activity),
    );
  }

  /** The id of what `value` names, or undefined when there is no such row. */
  resolve(kind: RefKind, value: string): number | undefined {
    switch (kind) {
      case 'organisation':
        // By id ("12") or by name, ignoring case.
        if (/^\d+$/.test(value) && this.organisationsById.has(Number(value))) return Number(value);
        return this.organisationNamed(value);
      case 'company':
        return this.companies.get(normaliseOrgNumber(value) ?? '');
      case 'participant':
        return this.participants.get(value);
      case 'activity':
        return this.activities.get(value);
    }
  }

  organisationNamed(name: string): number | undefined {
    return this.organisationsByName.get(nameKey(name));
  }
}

/** The error for a reference to nothing, in the words of what it names. */
export function unknownReference(kind: RefKind, field: string, value: string): FieldError {
  switch (kind) {
    case 'organisation':
      return { field, code: 'UNKNOWN_ORGANISATION', message: `Det finns ingen organisation med id eller namn ”${value}”.` };
    case 'company':
      return {
        field,
        code: 'UNKNOWN_COMPANY',
        message: `Det finns inget registrerat företag med organisationsnummer ${formatOrgNumber(normaliseOrgNumber(value)!)}.`,
      };
    case 'participant':
      // Deliberately without the reference: the message may be shown or logged beside other data.
      return { field, code: 'UNKNOWN_PARTICIPANT', message: 'Det finns ingen deltagare med den referensen.' };
    case 'activity':
      return { field, code: 'UNKNOWN_ACTIVITY', message: `Det finns ingen aktivitet med koden ”${value}”.` };
  }
}
