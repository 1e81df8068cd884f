import { Arg, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import type { ApiContext } from '../graphql/context.js';
import { SuppressibleCount } from '../indicators/indicator.types.js';
import { OrganisationKind } from '../project-data/enums.js';
import { Organisation } from '../project-data/organisation.entity.js';
import { fromCms } from './from-cms.js';
import { ContactPerson, OrganisationProfile } from './organisation-profile.js';

export enum PageKind {
  ABOUT = 'about-page',
  MIND_THE_GAP = 'mind-the-gap-page',
  ACCESSIBILITY = 'accessibility-statement',
  FUNDING = 'funding-statement',
}
registerEnumType(PageKind, { name: 'PageKind', description: 'The fixed pages editors maintain in the CMS.' });

@ObjectType({ description: 'A fixed page from the CMS (About SPIK, Mind The Gap, accessibility statement, funding statement).' })
export class Page {
  @Field(() => PageKind, { description: 'Which page.' })
  kind!: PageKind;

  @Field(() => JSONResolver, { description: "The page's fields as the CMS stores them (title or heading, body as Strapi blocks, …)." })
  content!: Record<string, unknown>;
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], { description: 'The organisations of the project: owner, partners and financiers.' })
  organisations(
    @Ctx() { em }: ApiContext,
    @Arg('kind', () => OrganisationKind, { nullable: true, description: 'Only organisations of this kind.' }) kind?: OrganisationKind | null,
  ): Promise<Organisation[]> {
    return em.find(Organisation, kind ? { kind } : {}, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => OrganisationProfile, { nullable: true, description: "The organisation's public profile in the CMS (matched by name)." })
  profile(@Root() organisation: Organisation, @Ctx() { loaders }: ApiContext): Promise<OrganisationProfile | null> {
    return loaders.profileByName.load(organisation.name);
  }

  @FieldResolver(() => [ContactPerson], { description: "The organisation's contact people, in the editors' order." })
  async contacts(@Root() organisation: Organisation, @Ctx() { loaders }: ApiContext): Promise<ContactPerson[]> {
    const profile = await loaders.profileByName.load(organisation.name);
    return profile ? loaders.contactsByProfileId.load(profile.id) : [];
  }

  @FieldResolver(() => SuppressibleCount, { description: 'Companies this organisation is responsible for; withheld like the indicators.' })
  async companiesSupported(@Root() organisation: Organisation, @Ctx() { loaders }: ApiContext): Promise<SuppressibleCount> {
    return (await loaders.countsByOrganisation.load(organisation.id)).companies;
  }

  @FieldResolver(() => SuppressibleCount, { description: 'Participants from those companies; withheld like the indicators.' })
  async participantsTrained(@Root() organisation: Organisation, @Ctx() { loaders }: ApiContext): Promise<SuppressibleCount> {
    return (await loaders.countsByOrganisation.load(organisation.id)).participants;
  }
}

@Resolver()
export class ContactResolver {
  @Query(() => [ContactPerson], { description: 'Published contact people, in the editors’ order.' })
  async contacts(
    @Ctx() ctx: ApiContext,
    @Arg('pressOnly', () => Boolean, { defaultValue: false, description: 'Only press contacts.' }) pressOnly: boolean,
  ): Promise<ContactPerson[]> {
    return fromCms(ctx, await ctx.content.contactsOf(null, pressOnly));
  }

  @Query(() => Page, { nullable: true, description: 'A fixed page; null until an editor has published it.' })
  async page(@Ctx() ctx: ApiContext, @Arg('kind', () => PageKind, { description: 'Which page.' }) kind: PageKind): Promise<Page | null> {
    const content = fromCms(ctx, await ctx.content.page(kind));
    return content ? { kind, content } : null;
  }
}
