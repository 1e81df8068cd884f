import { Embeddable, Embedded, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@Embeddable()
@ObjectType({ description: 'The period in which the project runs, both days inclusive.' })
export class ProjectPeriod {
  @Field(() => LocalDateResolver, { description: "The project's first day." }) @Property({ type: 'date' }) start!: string;

  @Field(() => LocalDateResolver, { description: "The project's last day." }) @Property({ type: 'date' }) end!: string;
}

@Embeddable()
@ObjectType({ description: 'What the project has committed to achieve by the end of its period.' })
export class ProjectTargets {
  @Field(() => Int, { description: 'Industry employees to be trained.' }) @Property({ type: 'integer' }) employeesTrained!: number;

  @Field(() => Int, { description: 'Small and medium-sized companies to be supported.' }) @Property({ type: 'integer' }) companiesSupported!: number;
}

/** The EU-funded project itself. One row today (SPIK); the table allows a successor project. */
@Entity({ tableName: 'project' })
@ObjectType({ description: 'An EU-funded project: its name, period, budget and targets.' })
export class Project {
  @PrimaryKey({ type: 'integer', autoincrement: true }) id!: number;

  /** Stable key used by the seed; not exposed. */
  @Property({ type: 'string', length: 40, unique: true }) key!: string;

  @Field(() => String, { description: 'Full name of the project.' }) @Property({ type: 'string', length: 200 }) name!: string;

  @Field(() => String, { description: 'Short name, e.g. "SPIK".' }) @Property({ type: 'string', length: 40 }) shortName!: string;

  @Field(() => ProjectPeriod, { description: 'The period in which the project runs.' })
  @Embedded({ entity: () => ProjectPeriod, prefix: 'period_' })
  period!: ProjectPeriod;

  @Field(() => Int, { description: 'Total budget in Swedish kronor.' }) @Property({ type: 'integer' }) budgetSek!: number;

  @Field(() => String, { description: 'Name of the main financier, e.g. "Europeiska socialfonden".' })
  @Property({ type: 'string', length: 200 })
  mainFinancier!: string;

  @Field(() => ProjectTargets, { description: 'What the project has committed to achieve by the end of its period.' })
  @Embedded({ entity: () => ProjectTargets, prefix: 'target_' })
  targets!: ProjectTargets;
}
