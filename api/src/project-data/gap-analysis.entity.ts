import { Collection } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Company } from './company.entity.js';
import { Priority } from './enums.js';

@Entity({ tableName: 'gap_analysis' })
@ObjectType({ description: "A Mind The Gap analysis: a company's business goals and the competence shifts they require." })
export class GapAnalysis {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Company)
  @ManyToOne({ entity: () => Company, deleteRule: 'cascade', index: true })
  company!: Company;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  analysedOn!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  businessGoals!: string;

  @Field(() => [CompetenceShift])
  @OneToMany({ entity: () => CompetenceShift, mappedBy: 'analysis', orphanRemoval: true })
  shifts = new Collection<CompetenceShift>(this);
}

@Entity({ tableName: 'competence_shift' })
@ObjectType({ description: 'One competence area a company must move, from its current to its target level (1–5).' })
export class CompetenceShift {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => GapAnalysis, deleteRule: 'cascade', index: true })
  analysis!: GapAnalysis;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  area!: string;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  currentLevel!: number;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  targetLevel!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  employeesConcerned!: number;

  @Field(() => Priority)
  @Enum({ items: () => Priority, nativeEnumName: 'priority' })
  priority!: Priority;
}
