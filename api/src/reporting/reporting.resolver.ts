import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/api-key.entity.js';
import type { ApiContext } from '../graphql/context.js';
import type { JsonStatDataset } from '../indicators/jsonstat-export.js';
import { write } from '../project-data/write.js';
import { ReportingSnapshot } from './reporting-snapshot.entity.js';
import { FrozenQuarter } from './reporting.types.js';
import { currentDataset, freezeQuarter, revisionsOf } from './snapshots.js';

const SNAPSHOT_HREF = (quarter: string) => `/export/indicators.jsonstat?snapshot=${quarter}`;

async function withRevisions(ctx: ApiContext, snapshot: ReportingSnapshot): Promise<FrozenQuarter> {
  const current = await currentDataset(ctx.indicators, snapshot.quarter, SNAPSHOT_HREF(snapshot.quarter));
  return {
    quarter: snapshot.quarter,
    frozenAt: snapshot.frozenAt,
    frozenBy: snapshot.frozenBy,
    revisions: revisionsOf(snapshot.dataset as JsonStatDataset, current),
  };
}

@Resolver()
export class ReportingResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => FrozenQuarter, {
    description: "Freezes a quarter's ESF+ figures as reported, once the quarter is over and released. Staff only; a quarter is frozen once.",
  })
  async freezeQuarter(
    @Ctx() ctx: ApiContext,
    @Arg('quarter', () => String, { description: 'The quarter, e.g. 2026-Q3.' }) quarter: string,
  ): Promise<FrozenQuarter> {
    const dataset = await currentDataset(ctx.indicators, quarter, SNAPSHOT_HREF(quarter.trim()));
    const snapshot = await write(ctx, (em) => freezeQuarter(em, dataset, quarter, ctx.actor.name));
    return withRevisions(ctx, snapshot);
  }

  @Authorized(Role.PARTNER)
  @Query(() => [FrozenQuarter], { description: 'The frozen quarters, oldest first, each with what later corrections changed. Partner key.' })
  async frozenQuarters(@Ctx() ctx: ApiContext): Promise<FrozenQuarter[]> {
    const snapshots = await ctx.em.fork().find(ReportingSnapshot, {}, { orderBy: { quarter: 'asc' } });
    return Promise.all(snapshots.map((snapshot) => withRevisions(ctx, snapshot)));
  }
}
