import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { asksFor } from '../graphql/selection.js';
import { Role } from '../auth/api-key.entity.js';
import { type Actor, accessDenied, hasAccess } from '../auth/actor.js';
import type { ApiContext } from '../graphql/context.js';
import { type IndicatorQuery, activeFilters, validateQuery } from './query.js';
import { Granularity, IndicatorFilter, Indicators, TimePoint } from './indicator.types.js';
import { IndicatorCatalogue } from './esf-catalogue.types.js';
import { catalogueOf } from './esf-catalogue.js';
import { cachedUntil } from '../graphql/cache-policy.js';

export const toQuery = (filter: IndicatorFilter | null | undefined): IndicatorQuery => ({
  region: filter?.region ?? null,
  municipality: filter?.municipality ?? null,
  sizeClass: filter?.sizeClass ?? null,
  industry: filter?.industry ?? null,
  activityKind: filter?.activityKind ?? null,
  theme: filter?.theme ?? null,
  from: filter?.period?.from ?? null,
  to: filter?.period?.to ?? null,
});

/** The question a filter asks, once the caller may ask it: the whole project is open, any filter needs a partner key. */
function permittedQuery(actor: Actor, filter: IndicatorFilter | null | undefined, what: string): IndicatorQuery {
  const query = toQuery(filter);
  const used = activeFilters(query);
  if (used.length && !hasAccess(actor, Role.PARTNER)) throw accessDenied(`${what} (by ${used.join(', ')})`, Role.PARTNER);
  validateQuery(query);
  return query;
}

@Resolver(() => Indicators)
export class IndicatorsResolver {
  @cachedUntil('versioned')
  @Query(() => Indicators, {
    description:
      'Aggregated indicators. Anonymous callers get the unfiltered totals, gender and region breakdowns, progress and the quarterly series; filters and the other breakdowns need a partner key.',
  })
  async indicators(
    @Ctx() { actor, indicators }: ApiContext,
    @Info() info: GraphQLResolveInfo,
    // Filter values are checked by validateQuery, which knows the municipality and SNI lists.
    @Arg('filter', () => IndicatorFilter, {
      nullable: true,
      validate: false,
      description: 'Narrows the participants and companies counted; leave out for the whole project. Any filter needs a partner key.',
    })
    filter?: IndicatorFilter | null,
  ): Promise<Indicators> {
    const query = permittedQuery(actor, filter, 'Filtering indicators');
    return indicators.indicators(query, { sums: asksFor(info, ['trainingHours', 'completionRate']) });
  }

  @cachedUntil('versioned')
  @Query(() => IndicatorCatalogue, {
    description:
      'The ESF+ common indicators (Regulation (EU) 2021/1057, Annex I) with definitions and protected values, by gender. Open to everyone for the whole project (decision 0035); a filter needs a partner key. Also as JSON-stat: GET /export/indicators.jsonstat (partner key).',
  })
  async indicatorCatalogue(
    @Ctx() { actor, indicators }: ApiContext,
    @Arg('filter', () => IndicatorFilter, { nullable: true, validate: false, description: 'The same filter as `indicators`; any filter needs a partner key.' })
    filter?: IndicatorFilter | null,
  ): Promise<IndicatorCatalogue> {
    const query = permittedQuery(actor, filter, 'Filtering the indicator catalogue');
    return catalogueOf(await indicators.indicators(query), query);
  }

  @FieldResolver(() => [TimePoint], { description: 'Cumulative participants and companies per period. Quarterly for everyone; monthly needs a partner key.' })
  timeSeries(
    @Root() root: Indicators,
    @Ctx() { actor }: ApiContext,
    @Arg('granularity', () => Granularity, { defaultValue: Granularity.QUARTER, description: 'QUARTER (the default) for everyone; MONTH needs a partner key.' })
    granularity: Granularity,
  ): TimePoint[] {
    if (granularity === Granularity.MONTH && !hasAccess(actor, Role.PARTNER)) throw accessDenied('The monthly series', Role.PARTNER);
    return root.series[granularity];
  }
}
