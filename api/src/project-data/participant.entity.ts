import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Company } from './company.entity.js';
import { EducationLevel, Gender } from './enums.js';

/**
 * An employee taking part in the project, known only by a pseudonymous reference. No name, no
 * personal identity number, no contact data. Deliberately not a GraphQL type: no participant
 * record ever leaves the API (docs/decisions/0011-privacy.md).
 */
@Entity({ tableName: 'participant' })
export class Participant {
  @PrimaryKey({ type: 'integer', autoincrement: true }) id!: number;

  @Property({ type: 'string', length: 64, unique: true }) reference!: string;

  @ManyToOne({ entity: () => Company, deleteRule: 'cascade', index: true }) company!: Company;

  @Enum({ items: () => Gender, nativeEnumName: 'gender' }) gender!: Gender;

  @Property({ type: 'smallint' }) birthYear!: number;

  @Enum({ items: () => EducationLevel, nativeEnumName: 'education_level' }) education!: EducationLevel;

  @Property({ type: 'date', index: true }) enrolledOn!: string;

  @Property({ type: 'date', nullable: true }) leftOn!: string | null;

  @Property({ type: 'boolean', default: false }) isDemo!: boolean;

  /**
   * A fixed random key, drawn by the database at insert and never published: the disclosure
   * policy perturbs each figure by the keys of the records behind it (decision 0023).
   */
  @Property({ type: 'bigint', defaultRaw: "(floor((random() * ('4294967296'::bigint)::double precision)))::bigint", lazy: true, hidden: true })
  recordKey?: string;
}
