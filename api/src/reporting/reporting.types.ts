import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One cell whose figure changed since the quarter was frozen: a later correction of the data.' })
export class Revision {
  @Field(() => String, { description: 'ESF+ code, e.g. EECO01.' }) indicator!: string;

  @Field(() => String, { description: 'TOTAL, WOMAN, MAN, OTHER or NOT_STATED.' }) gender!: string;

  @Field(() => Int, { nullable: true, description: 'The figure as reported; null when withheld or not applicable.' }) reported!: number | null;

  @Field(() => String, { nullable: true, description: 'Its JSON-stat status as reported: c (withheld), z (not applicable), e (perturbed), or null (exact).' })
  reportedStatus!: string | null;

  @Field(() => Int, { nullable: true, description: 'What the same question gives today.' }) now!: number | null;

  @Field(() => String, { nullable: true, description: "Today's status." }) nowStatus!: string | null;
}

@ObjectType({ description: 'A frozen quarter: its ESF+ figures stay as reported (GET /export/indicators.jsonstat?snapshot=2026-Q3).' })
export class FrozenQuarter {
  @Field(() => String, { description: 'The quarter, e.g. 2026-Q3.' }) quarter!: string;

  @Field(() => DateTimeResolver, { description: 'When staff froze it.' }) frozenAt!: Date;

  @Field(() => String, { description: 'Name of the staff key that froze it.' }) frozenBy!: string;

  @Field(() => [Revision], { description: 'What later corrections changed: every cell that differs today. Empty when nothing has.' }) revisions!: Revision[];
}
