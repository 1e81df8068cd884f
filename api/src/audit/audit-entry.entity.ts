import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@Entity({ tableName: 'audit_entry' })
@ObjectType({ description: 'One write to the project data: who, what, when, and the values before and after.' })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => DateTimeResolver)
  @Property({ type: 'datetime', index: true })
  at!: Date;

  @Field(() => String, { description: 'Name of the API key (or CLI user) that wrote.' })
  @Property({ type: 'string', length: 200 })
  actor!: string;

  @Field(() => String, { description: 'create, update, delete or import.' })
  @Property({ type: 'string', length: 20 })
  action!: string;

  @Field(() => String, { description: 'Entity name, e.g. Company.' })
  @Property({ type: 'string', length: 40 })
  entity!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  entityId!: string | null;

  @Field(() => JSONResolver, { nullable: true, description: 'Values before; personal values of participants are redacted.' })
  @Property({ type: 'json', nullable: true })
  before!: unknown;

  @Field(() => JSONResolver, { nullable: true, description: 'Values after; personal values of participants are redacted.' })
  @Property({ type: 'json', nullable: true })
  after!: unknown;
}
