import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { ActivityKind, Theme } from './enums.js';
import { Organisation } from './organisation.entity.js';

@Entity({ tableName: 'activity' })
@ObjectType({ description: 'A project activity: analysis, course, workshop, network meeting or programme.' })
export class Activity {
  @Field(() => ID, { description: 'Database id.' }) @PrimaryKey({ type: 'integer', autoincrement: true }) id!: number;

  @Field(() => String, { description: 'Stable code, the natural key of imports (e.g. "KURS-2024-017").' })
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String, { description: 'Title of the activity.' }) @Property({ type: 'string', length: 200 }) title!: string;

  @Field(() => ActivityKind, { description: 'The kind of activity.' })
  @Enum({ items: () => ActivityKind, nativeEnumName: 'activity_kind' })
  kind!: ActivityKind;

  @Field(() => Theme, { description: 'The green-transition theme of the activity.' }) @Enum({ items: () => Theme, nativeEnumName: 'theme' }) theme!: Theme;

  @Field(() => Organisation, { description: 'The organisation that runs the activity.' }) @ManyToOne({ entity: () => Organisation }) provider!: Organisation;

  @Field(() => LocalDateResolver, { description: "The activity's first day." }) @Property({ type: 'date' }) startsOn!: string;

  @Field(() => LocalDateResolver, { description: "The activity's last day." }) @Property({ type: 'date' }) endsOn!: string;

  @Field(() => Float, { description: 'Planned length in hours, at most one decimal.' })
  @Property({ type: 'decimal', precision: 7, scale: 1, runtimeType: 'number' })
  plannedHours!: number;

  @Field(() => String, { nullable: true, description: 'Document id of a course tip in the CMS, when the activity is one.' })
  @Property({ type: 'string', length: 64, nullable: true })
  courseDocumentId!: string | null;

  @Field(() => Boolean, { description: 'True for generated demo data.' }) @Property({ type: 'boolean', default: false }) isDemo!: boolean;
}
