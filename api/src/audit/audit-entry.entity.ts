import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@Entity({ tableName: 'audit_entry' })
@ObjectType({ description: 'One write to the project data: who, what, when, and the values before and after.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Id of the entry; a later entry has a higher id.' }) @PrimaryKey({ type: 'bigint', autoincrement: true }) id!: string;

  @Field(() => DateTimeResolver, { description: 'When the write was made (UTC), recorded in the same transaction as the write.' })
  @Property({ type: 'datetime', index: true })
  at!: Date;

  @Field(() => String, { description: 'Name of the API key (or CLI user) that wrote.' }) @Property({ type: 'string', length: 200 }) actor!: string;

  @Field(() => String, { description: 'create, update, delete or import.' }) @Property({ type: 'string', length: 20 }) action!: string;

  @Field(() => String, { description: 'Entity name, e.g. Company.' }) @Property({ type: 'string', length: 40 }) entity!: string;

  @Field(() => String, { nullable: true, description: 'Database id of the row written; null for imports, which write many rows.' })
  @Property({ type: 'string', length: 64, nullable: true })
  entityId!: string | null;

  @Field(() => JSONResolver, { nullable: true, description: 'Values before; personal values of participants are redacted.' })
  @Property({ type: 'json', nullable: true })
  before!: unknown;

  @Field(() => JSONResolver, { nullable: true, description: 'Values after; personal values of participants are redacted.' })
  @Property({ type: 'json', nullable: true })
  after!: unknown;
}
