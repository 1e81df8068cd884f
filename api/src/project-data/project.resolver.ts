import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../graphql/context.js';
import { Project } from './project.entity.js';
import { SPIK } from './project.seed.js';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { description: 'The SPIK project: name, period, budget, main financier and targets.' })
  async project(@Ctx() { em }: ApiContext): Promise<Project> {
    return em.findOneOrFail(Project, { key: SPIK.key });
  }
}
