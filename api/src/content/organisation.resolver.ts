import { type EnumValue, graphqlEnum } from '../graphql/enum-type.js';
import { Arg, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageRequest, toConnection, pageArgs } from '../graphql/connection.js';
import { JSONResolver, LocalDateResolver } from 'graphql-scalars';
import { Image, toImage } from './image.js';
import type { ApiContext } from '../graphql/context.js';
import { SuppressibleCount } from '../disclosure/figure.types.js';
import { OrganisationKind } from '../project-data/enums.js';
import { Organisation } from '../project-data/organisation.entity.js';
import { fromCms } from './from-cms.js';
import { ContactPerson, ContactPersonConnection, OrganisationProfile } from './organisation-profile.js';
import { LastGood } from '../db/unavailable.js';
import { cachedUntil } from '../graphql/cache-policy.js';

// Contact and about pages list the organisations: kept for when the database is briefly unreachable.
const lastGoodOrganisations = new LastGood<Organisation[]>();

export const PageKind = graphqlEnum(
  'PageKind',
  {
    ABOUT: 'about-page',
    MIND_THE_GAP: 'mind-the-gap-page',
    ACCESSIBILITY: 'accessibility-statement',
    FUNDING: 'funding-statement',
    FINAL_REPORT: 'final-report',
  },
  'The fixed pages editors maintain in the CMS.',
);
export type PageKind = EnumValue<typeof PageKind>;

@ObjectType({ description: 'A fixed page from the CMS (About SPIK, Mind The Gap, accessibility statement, funding statement, final results).' })
export class Page {
  @Field(() => PageKind, { description: 'Which page.' }) kind!: PageKind;

  @Field(() => String, { description: 'Title (the heading, for the funding statement).' }) title!: string;

  @Field(() => String, { nullable: true, description: 'The lead paragraph (the final results page).' }) lead!: string | null;

  @Field(() => JSONResolver, {
    description: "The body as Strapi blocks (paragraph, heading, list, quote, link); the partners' summary on the final results page.",
  })
  body!: unknown[];

  @Field(() => Boolean, { description: 'The text is an example that editors have yet to replace (shown as such).' }) isExample!: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the accessibility statement was last reviewed.' }) reviewedDate!: string | null;

  @Field(() => [String], { description: 'The financiers named by the funding statement, one per entry; empty for other pages.' }) financiers!: string[];

  @Field(() => Image, { nullable: true, description: 'The EU emblem of the funding statement, with alt text.' }) emblem!: Image | null;
}

type StrapiPage = {
  title?: string;
  heading?: string;
  body?: unknown[] | null;
  lead?: string | null;
  partnerSummary?: unknown[] | null;
  isExample?: boolean | null;
  reviewedDate?: string | null;
  financiers?: string | null;
  emblem?: { alt: string; file: { url: string; width: number | null; height: number | null } | null } | null;
};

function toPage(kind: PageKind, page: StrapiPage, publicUrl: string): Page {
  return {
    kind,
    title: page.title ?? page.heading ?? '',
    lead: page.lead ?? null,
    body: page.body ?? page.partnerSummary ?? [],
    isExample: page.isExample ?? false,
    reviewedDate: page.reviewedDate ?? null,
    financiers: (page.financiers ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    emblem: page.emblem ? toImage({ alt: page.emblem.alt, credit: '', file: page.emblem.file }, publicUrl) : null,
  };
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @cachedUntil('content')
  @Query(() => [Organisation], { description: 'The organisations of the project: owner, partners and financiers.' })
  async organisations(
    @Ctx() { em }: ApiContext,
    @Arg('kind', () => OrganisationKind, { nullable: true, description: 'Only organisations of this kind.' }) kind?: OrganisationKind | null,
  ): Promise<Organisation[]> {
    const all = await lastGoodOrganisations.read(() => em.find(Organisation, {}, { orderBy: { id: 'asc' } }));
    return kind ? all.filter((organisation) => organisation.kind === kind) : all;
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
  @cachedUntil('content')
  @Query(() => ContactPersonConnection, { description: 'Published contact people, in the editors’ order (sort order, then name).' })
  async contacts(
    @Ctx() ctx: ApiContext,
    @pageArgs.first(50) first: number,
    @pageArgs.after() after?: string | null,
    @Arg('organisationId', () => String, { nullable: true, description: 'Only contacts of this organisation profile (document id).' })
    organisationId?: string | null,
    @Arg('pressOnly', () => Boolean, { defaultValue: false, description: 'Only press contacts.' }) pressOnly = false,
  ): Promise<ContactPersonConnection> {
    const page = pageRequest(first, after);
    const { items, total } = fromCms(ctx, await ctx.content.contactPage(page, { organisationId, pressOnly }));
    return toConnection(items, page, total);
  }

  @cachedUntil('content')
  @Query(() => Page, { nullable: true, description: 'A fixed page; null until an editor has published it.' })
  async page(@Ctx() ctx: ApiContext, @Arg('kind', () => PageKind, { description: 'Which page.' }) kind: PageKind): Promise<Page | null> {
    const content = fromCms(ctx, await ctx.content.page(kind));
    return content ? toPage(kind, content as StrapiPage, ctx.content.publicUrl) : null;
  }
}
