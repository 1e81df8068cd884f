import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { BreakdownCell, SuppressibleCount } from '../disclosure/figure.types.js';

@ObjectType({ description: 'One indicator of the catalogue: what it counts, in whose terms, and its protected value for the filter asked.' })
export class CatalogueIndicator {
  @Field(() => String, { description: 'Stable id: the ESF+ code where there is one (EECO01), otherwise a SPIK id.' }) id!: string;

  @Field(() => String, { nullable: true, description: "Common indicator code of Regulation (EU) 2021/1057, Annex I; null for SPIK's own indicators." })
  esfCode!: string | null;

  @Field(() => String, { description: 'Name in Swedish.' }) nameSv!: string;

  @Field(() => String, { description: 'Name in English, as the regulation words it.' }) nameEn!: string;

  @Field(() => String, { description: "What is counted, from which of SPIK's data, in Swedish." }) definitionSv!: string;

  @Field(() => String, { description: 'What is counted, in English.' }) definitionEn!: string;

  @Field(() => String, { description: 'Unit: "deltagare" (participants) or "företag" (enterprises).' }) unit!: string;

  @Field(() => [String], { description: 'Breakdowns given with the total: "gender" for participants (Annex I: women, men, non-binary), none for enterprises.' })
  breakdowns!: string[];

  @Field(() => SuppressibleCount, { description: 'The protected total for the filter (same protection as `indicators`).' }) total!: SuppressibleCount;

  @Field(() => [BreakdownCell], {
    description:
      'By gender (keys WOMAN, MAN, OTHER = non-binary, NOT_STATED; crossed cells are keyed "WOMAN|FROM_55"). Empty when the indicator has no gender breakdown.',
  })
  byGender!: BreakdownCell[];
}

@ObjectType({
  description: 'The indicator catalogue: ESF+ common indicators and their definitions, computed from the project data through the disclosure policy.',
})
export class IndicatorCatalogue {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Every value describes the data as of this month end (`Indicators.asOf`).' })
  asOf!: string | null;

  @Field(() => LocalDateResolver, { description: "First day of the reference period: the project start, or the filter's `period.from`." }) periodStart!: string;

  @Field(() => String, { description: 'Where the figures come from.' }) source!: string;

  @Field(() => String, { description: 'How the figures are protected, in English.' }) protection!: string;

  @Field(() => String, { description: 'The licence of the published aggregates.' }) licence!: string;

  @Field(() => Boolean, { description: 'True while the figures come from generated demo data.' }) dataIsDemo!: boolean;

  @Field(() => [CatalogueIndicator], { description: 'ESF+ output indicators for participants (EECO01, EECO05–EECO11) and entities (EECO19).' })
  indicators!: CatalogueIndicator[];
}
