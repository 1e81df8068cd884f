import { Field, Float, Int, ObjectType } from 'type-graphql';

/*
 * The only shapes a published figure can take. Each class carries a private brand, so an object
 * literal does not type-check as one; lint forbids `new` and casts outside src/disclosure/. Every
 * figure that leaves the API is therefore made by the disclosure policy (policy.ts).
 */

@ObjectType({
  description:
    'A protected count (cell key method, decision 0023). A true count from 0 to `suppressionThreshold` is always withheld (`value` null, `suppressed` true), and so is one just above it when its noise brings it down there. Every published count is within `maxDeviation` (±2) of the true count, except where `exact` is true. The same group always gets the same figure; parts need not add up to totals.',
})
export class SuppressibleCount {
  @Field(() => Int, { nullable: true, description: 'The count; null when withheld. A withheld count may be 0: "none" and "a few" are not told apart.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'True when the count is withheld to protect privacy (Eurostat flag "c", confidential).' }) suppressed!: boolean;

  @Field(() => Boolean, {
    description:
      "True when the figure is the true count: the whole project's participants or companies at a month end where that count is published exactly. Otherwise within ±2.",
  })
  exact!: boolean;

  declare private readonly publishedByPolicy: true;
}

@ObjectType({ description: 'One cell of a breakdown, protected like every count.' })
export class BreakdownCell extends SuppressibleCount {
  @Field(() => String, { description: 'Stable key (enum value or code).' }) key!: string;

  @Field(() => String, { description: 'Swedish label.' }) label!: string;
}

@ObjectType({ description: 'A protected figure derived from counts (hours, rates, averages): perturbed, and withheld with the group it is computed over.' })
export class SuppressibleMeasure {
  @Field(() => Float, {
    nullable: true,
    description: 'The figure; null when withheld with its group, or when the group has no value (a rate over no enrolments).',
  })
  value!: number | null;

  @Field(() => Boolean, { description: 'True when the figure is withheld together with the group it is computed over.' }) suppressed!: boolean;

  declare private readonly publishedByPolicy: true;
}
