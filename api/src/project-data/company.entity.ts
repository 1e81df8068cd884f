import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Region, SizeClass } from './enums.js';
import { municipalities } from './municipalities.js';
import { formatOrgNumber } from './org-number.js';
import { Organisation } from './organisation.entity.js';

@Entity({ tableName: 'company' })
@ObjectType({ description: 'A small or medium-sized company the project supports. Visible to staff only.' })
export class Company {
  @Field(() => ID, { description: 'Database id.' }) @PrimaryKey({ type: 'integer', autoincrement: true }) id!: number;

  /** Ten digits, check digit verified; the natural key of imports. */
  @Property({ type: 'string', length: 10, unique: true }) orgNumber!: string;

  @Field(() => String, { name: 'orgNumber', description: 'Organisationsnummer as NNNNNN-NNNN.' })
  get orgNumberFormatted(): string {
    return formatOrgNumber(this.orgNumber);
  }

  @Field(() => String, { description: 'Company name.' }) @Property({ type: 'string', length: 200 }) name!: string;

  @Field(() => Region, { description: 'The region (county) the company is in.' }) @Enum({ items: () => Region, nativeEnumName: 'region' }) region!: Region;

  @Field(() => String, { description: "SCB's four-digit municipality code." }) @Property({ type: 'string', length: 4 }) municipalityCode!: string;

  @Field(() => String, { description: 'Name of the municipality given by municipalityCode.' })
  get municipality(): string {
    return municipalities[this.municipalityCode]?.name ?? this.municipalityCode;
  }

  @Field(() => String, { description: 'SNI 2007 code, 2–5 digits without dots.' }) @Property({ type: 'string', length: 5 }) sniCode!: string;

  @Field(() => SizeClass, { description: 'EU size class by number of employees.' })
  @Enum({ items: () => SizeClass, nativeEnumName: 'size_class' })
  sizeClass!: SizeClass;

  @Field(() => LocalDateResolver, { description: 'Date the company joined the project.' }) @Property({ type: 'date' }) joinedOn!: string;

  @Field(() => Organisation, { description: 'The partner organisation responsible for the company.' })
  @ManyToOne({ entity: () => Organisation })
  responsiblePartner!: Organisation;

  @Field(() => Boolean, { description: 'True for generated demo data.' }) @Property({ type: 'boolean', default: false }) isDemo!: boolean;

  /**
   * A fixed random key, drawn by the database at insert and never published: the disclosure
   * policy perturbs each figure by the keys of the records behind it (decision 0023).
   */
  @Property({ type: 'bigint', defaultRaw: "(floor((random() * ('4294967296'::bigint)::double precision)))::bigint", lazy: true, hidden: true })
  recordKey?: string;
}
