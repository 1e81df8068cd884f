import { type EnumValue, graphqlEnum } from '../graphql/enum-type.js';
import { JSONResolver, LocalDateResolver } from 'graphql-scalars';
import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../graphql/context.js';
import { fromCms } from './from-cms.js';
import { cachedUntil } from '../graphql/cache-policy.js';

/**
 * The accessibility statement with the parts DIGG's model requires (decision 0034). The CMS
 * refuses to publish it with a part missing, so a published statement has every field; the site
 * adds the two parts that are not the editors' to write: the feedback form and DIGG's link.
 */
export const ComplianceStatus = graphqlEnum(
  'ComplianceStatus',
  { COMPLIANT: 'helt_forenlig', PARTIALLY_COMPLIANT: 'delvis_forenlig', NOT_COMPLIANT: 'inte_forenlig' },
  'How far the site meets the law on accessibility of digital public service (2018:1937).',
);
export type ComplianceStatus = EnumValue<typeof ComplianceStatus>;

export const KnownProblemReason = graphqlEnum(
  'KnownProblemReason',
  { BEING_FIXED: 'atgardas', DISPROPORTIONATE_BURDEN: 'oskaligt_betungande', OUT_OF_SCOPE: 'utanfor_lagen' },
  'Why something is not accessible: a failure being fixed, an adaptation that would be a disproportionate burden, or content outside the law.',
);
export type KnownProblemReason = EnumValue<typeof KnownProblemReason>;

export const AssessmentMethod = graphqlEnum(
  'AssessmentMethod',
  { SELF_ASSESSMENT: 'egen_bedomning', THIRD_PARTY: 'tredje_part' },
  'Who assessed the site: its owner (self-assessment) or a third party.',
);
export type AssessmentMethod = EnumValue<typeof AssessmentMethod>;

@ObjectType({ description: 'Something on the site that is not accessible, and why.' })
export class KnownProblem {
  @Field(() => String, { description: 'What is not accessible (Swedish).' }) description!: string;

  @Field(() => KnownProblemReason, { description: 'Why it is not accessible.' }) reason!: KnownProblemReason;

  @Field(() => String, { nullable: true, description: 'The WCAG success criteria it fails, e.g. "1.4.3 Kontrast (minimum)".' }) wcagCriteria!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it will be fixed, for a problem being fixed.' }) fixBy!: string | null;
}

@ObjectType({ description: "The site's accessibility statement, with every part DIGG's model statement requires." })
export class AccessibilityStatement {
  @Field(() => String, { description: 'The heading.' }) title!: string;

  @Field(() => JSONResolver, { description: 'The introduction as Strapi blocks: who runs the site, other formats, technical information.' }) body!: unknown[];

  @Field(() => ComplianceStatus, { description: 'How far the site meets the law.' }) complianceStatus!: ComplianceStatus;

  @Field(() => [KnownProblem], { description: 'What is not accessible, in the editors’ order; empty when there is nothing to report.' })
  knownProblems!: KnownProblem[];

  @Field(() => AssessmentMethod, { description: 'How the site was assessed.' }) assessmentMethod!: AssessmentMethod;

  @Field(() => String, { nullable: true, description: 'Who assessed the site, for a third-party assessment.' }) assessedBy!: string | null;

  @Field(() => LocalDateResolver, { description: 'When the site was last assessed.' }) assessedDate!: string;

  @Field(() => String, { description: 'Where visitors write about accessibility problems.' }) feedbackEmail!: string;

  @Field(() => LocalDateResolver, { description: 'When the statement was last updated.' }) lastUpdated!: string;
}

type StrapiStatement = Omit<AccessibilityStatement, 'lastUpdated' | 'knownProblems'> & {
  reviewedDate: string;
  knownProblems?: (Omit<KnownProblem, 'wcagCriteria' | 'fixBy'> & { wcagCriteria?: string | null; fixBy?: string | null })[] | null;
};

export function toAccessibilityStatement(statement: StrapiStatement): AccessibilityStatement {
  return {
    title: statement.title,
    body: statement.body ?? [],
    complianceStatus: statement.complianceStatus,
    knownProblems: (statement.knownProblems ?? []).map(({ description, reason, wcagCriteria, fixBy }) => ({
      description,
      reason,
      wcagCriteria: wcagCriteria || null,
      fixBy: fixBy ?? null,
    })),
    assessmentMethod: statement.assessmentMethod,
    assessedBy: statement.assessedBy || null,
    assessedDate: statement.assessedDate,
    feedbackEmail: statement.feedbackEmail,
    lastUpdated: statement.reviewedDate,
  };
}

@Resolver()
export class AccessibilityStatementResolver {
  @cachedUntil('content')
  @Query(() => AccessibilityStatement, { nullable: true, description: 'The accessibility statement; null until an editor has published a complete one.' })
  async accessibilityStatement(@Ctx() ctx: ApiContext): Promise<AccessibilityStatement | null> {
    const content = fromCms(ctx, await ctx.content.page('accessibility-statement'));
    // A statement published before its parts existed has none of them: shown as not yet published.
    if (!content?.complianceStatus) return null;
    return toAccessibilityStatement(content as unknown as StrapiStatement);
  }
}
