import { Field, Float, Int, ObjectType } from 'type-graphql';

/*
 * The only shapes a published figure can take. Each class carries a private brand, so an object
 * literal does not type-check as one; lint forbids `new` and casts outside src/disclosure/. Every
 * figure that leaves the API is therefore made by the disclosure policy (policy.ts).
 */

@ObjectType({
  description:
    'A protected count. Counts from 1 to `suppressionThreshold` are withheld (`value` null, `suppressed` true); other counts are perturbed by at most ±2 (cell key method), except where `exact` is true. Parts need not add up to totals.',
})
export class SuppressibleCount {
  @Field(() => Int, { nullable: true, description: 'The count; null when withheld or when there is no value.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'True when the count is withheld to protect privacy (Eurostat flag "c", confidential).' })
  suppressed!: boolean;

  @Field(() => Boolean, { description: 'True when the figure is the true count: zeros, and the whole project at the release date. Otherwise perturbed by at most ±2.' })
  exact!: boolean;

  private declare readonly publishedByPolicy: true;
}

@ObjectType({ description: 'One cell of a breakdown, protected like every count.' })
export class BreakdownCell extends SuppressibleCount {
  @Field(() => String, { description: 'Stable key (enum value or code).' })
  key!: string;

  @Field(() => String, { description: 'Swedish label.' })
  label!: string;
}

@ObjectType({ description: 'A protected figure derived from counts (hours, rates, averages): perturbed, and withheld with the group it is computed over.' })
export class SuppressibleMeasure {
  @Field(() => Float, { nullable: true, description: 'The figure; null when withheld, or when the group is empty and the figure has no value.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'True when the figure is withheld together with the group it is computed over.' })
  suppressed!: boolean;

  private declare readonly publishedByPolicy: true;
}
