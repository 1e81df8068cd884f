import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../graphql/context.js';
import { Project } from './project.entity.js';
import { SPIK } from './project.seed.js';
import { LastGood } from '../db/unavailable.js';
import { cachedUntil } from '../graphql/cache-policy.js';

// The project's facts frame every page: kept for when the database is briefly unreachable.
const lastGoodProject = new LastGood<Project>();

@Resolver(() => Project)
export class ProjectResolver {
  @cachedUntil('versioned')
  @Query(() => Project, { description: 'The SPIK project: name, period, budget, main financier and targets.' })
  async project(@Ctx() { em }: ApiContext): Promise<Project> {
    return lastGoodProject.read(() => em.findOneOrFail(Project, { key: SPIK.key }));
  }

  @FieldResolver(() => Boolean, { description: 'True while the project data (companies, participants) is generated demo data; say so wherever it is shown.' })
  async dataIsDemo(@Root() _project: Project, @Ctx() { indicators }: ApiContext): Promise<boolean> {
    return indicators.dataIsDemo();
  }
}
