import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../graphql/context.js';
import { Project } from './project.entity.js';
import { SPIK } from './project.seed.js';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { description: 'The SPIK project: name, period, budget, main financier and targets.' })
  async project(@Ctx() { em }: ApiContext): Promise<Project> {
    return em.findOneOrFail(Project, { key: SPIK.key });
  }

  @FieldResolver(() => Boolean, { description: 'True while the project data (companies, participants) is generated demo data; say so wherever it is shown.' })
  async dataIsDemo(@Root() _project: Project, @Ctx() { indicators }: ApiContext): Promise<boolean> {
    return indicators.dataIsDemo();
  }
}
