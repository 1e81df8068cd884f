import { Collection } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Company } from './company.entity.js';
import { Priority } from './enums.js';

@Entity({ tableName: 'gap_analysis' })
@ObjectType({ description: "A Mind The Gap analysis: a company's business goals and the competence shifts they require." })
export class GapAnalysis {
  @Field(() => ID, { description: 'Database id.' }) @PrimaryKey({ type: 'integer', autoincrement: true }) id!: number;

  @Field(() => Company, { description: 'The analysed company.' }) @ManyToOne({ entity: () => Company, deleteRule: 'cascade', index: true }) company!: Company;

  @Field(() => LocalDateResolver, { description: 'Date of the analysis.' }) @Property({ type: 'date' }) analysedOn!: string;

  @Field(() => String, { description: "The company's business goals, free text." }) @Property({ type: 'text' }) businessGoals!: string;

  @Field(() => [CompetenceShift], { description: 'The competence shifts the goals require.' })
  @OneToMany({ entity: () => CompetenceShift, mappedBy: 'analysis', orphanRemoval: true })
  shifts = new Collection<CompetenceShift>(this);
}

@Entity({ tableName: 'competence_shift' })
@ObjectType({ description: 'One competence area a company must move, from its current to its target level (1–5).' })
export class CompetenceShift {
  @Field(() => ID, { description: 'Database id.' }) @PrimaryKey({ type: 'integer', autoincrement: true }) id!: number;

  @ManyToOne({ entity: () => GapAnalysis, deleteRule: 'cascade', index: true }) analysis!: GapAnalysis;

  @Field(() => String, { description: 'Name of the competence area.' }) @Property({ type: 'string', length: 120 }) area!: string;

  @Field(() => Int, { description: 'Current level, 1–5.' }) @Property({ type: 'smallint' }) currentLevel!: number;

  @Field(() => Int, { description: 'Target level, 1–5; not below currentLevel.' }) @Property({ type: 'smallint' }) targetLevel!: number;

  @Field(() => Int, { description: 'Number of employees whose competence must move.' }) @Property({ type: 'integer' }) employeesConcerned!: number;

  @Field(() => Priority, { description: 'Priority of the shift.' }) @Enum({ items: () => Priority, nativeEnumName: 'priority' }) priority!: Priority;
}
