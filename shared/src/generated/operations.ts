/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Who assessed the site: its owner (self-assessment) or a third party. */
export type AssessmentMethod =
  | 'SELF_ASSESSMENT'
  | 'THIRD_PARTY';

/** How far the site meets the law on accessibility of digital public service (2018:1937). */
export type ComplianceStatus =
  | 'COMPLIANT'
  | 'NOT_COMPLIANT'
  | 'PARTIALLY_COMPLIANT';

/** Narrows the course list; fields combine with AND. */
export type CourseFilter = {
  /** Campus, distance or mixed. */
  mode?: CourseMode | null | undefined;
  /** County of the course location. */
  region?: Region | null | undefined;
  /** Free text, matched case-insensitively against title, provider and municipality code. */
  search?: string | null | undefined;
  /** Only courses starting on or after this day (the site passes today). */
  startsFrom?: string | null | undefined;
  /** Only courses starting on or before this day (with startsFrom: a start month). */
  startsUntil?: string | null | undefined;
  /** Courses serving this theme. */
  theme?: Theme | null | undefined;
};

/** Where the course is taught: on campus, at a distance, or both. */
export type CourseMode =
  | 'CAMPUS'
  | 'DISTANCE'
  | 'MIXED';

/** Order of the course list: earliest start, earliest deadline, title, or newest listed first (the feed of new courses). */
export type CourseSort =
  | 'APPLICATION_DEADLINE'
  | 'NEWEST_LISTED'
  | 'START_DATE'
  | 'TITLE';

/** Where a course tip comes from: written by SPIK's editors, or imported nightly from Skolverket's Susa-navet (EMIL 3). */
export type CourseSource =
  | 'EDITORS'
  | 'SKOLVERKET';

/** A visitor's feedback on the site's accessibility. */
export type FeedbackInput = {
  /** What does not work, in the visitor’s words (5–4 000 characters). */
  message: string;
  /** The page or part of the site it concerns (at most 200 characters). */
  page?: string | null | undefined;
  /** Where to reply, if the visitor wants a reply. */
  replyEmail?: string | null | undefined;
};

/** Why something is not accessible: a failure being fixed, an adaptation that would be a disproportionate burden, or content outside the law. */
export type KnownProblemReason =
  | 'BEING_FIXED'
  | 'DISPROPORTIONATE_BURDEN'
  | 'OUT_OF_SCOPE';

/** The editorial category of a news item. */
export type NewsCategory =
  | 'evenemang'
  | 'kurstips'
  | 'nyhet'
  | 'pressmeddelande';

/** The role an organisation has in the project. */
export type OrganisationKind =
  | 'CO_FINANCIER'
  | 'MAIN_FINANCIER'
  | 'PARTNER'
  | 'PROJECT_OWNER';

/** The two counties SPIK works in. */
export type Region =
  | 'BLEKINGE'
  | 'SKANE';

/** The green-transition theme of an activity. */
export type Theme =
  | 'CIRCULAR_PRODUCTION'
  | 'CLIMATE_SMART_MATERIALS'
  | 'DIGITALISATION'
  | 'ENERGY_EFFICIENCY'
  | 'GENDER_EQUALITY_AND_INCLUSION'
  | 'GREEN_BUSINESS_MODELS'
  | 'LEADERSHIP_FOR_THE_TRANSITION'
  | 'SUSTAINABLE_PRODUCTION_AND_LEAN';

export type AboutPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AboutPageQuery = { project: { name: string, shortName: string, budgetSek: number, mainFinancier: string, period: { start: string, end: string }, targets: { employeesTrained: number, companiesSupported: number } }, about: { title: string, body: unknown } | null, mindTheGap: { title: string, body: unknown } | null, funding: { financiers: Array<string> } | null, organisations: Array<{ id: string, name: string, kind: OrganisationKind, profile: { description: Array<string> } | null }> };

export type AccessibilityPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessibilityPageQuery = { accessibilityStatement: { title: string, body: unknown, complianceStatus: ComplianceStatus, assessmentMethod: AssessmentMethod, assessedBy: string | null, assessedDate: string, feedbackEmail: string, lastUpdated: string, knownProblems: Array<{ description: string, reason: KnownProblemReason, wcagCriteria: string | null, fixBy: string | null }> } | null, project: { period: { end: string } } };

export type ContactPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactPageQuery = { organisations: Array<{ id: string, name: string, kind: OrganisationKind, profile: { name: string, role: string, contactFor: string | null } | null, contacts: Array<{ id: string, name: string, title: string, phone: string | null, phoneDisplay: string | null, email: string | null, isPressContact: boolean }> }> };

export type CourseFeedQueryVariables = Exact<{
  first: number;
  offset: number;
  filter: CourseFilter;
  sort: CourseSort;
}>;


export type CourseFeedQuery = { courses: { totalCount: number, edges: Array<{ node: { endDate: string | null, listedAt: string, sourceUpdatedAt: string | null, id: string, title: string, slug: string, provider: string, municipality: string, region: Region, mode: CourseMode, pacePercent: number, yhPoints: number, startDate: string, applicationDeadline: string, themes: Array<Theme>, isExample: boolean, town: string, source: CourseSource, spikRecommends: boolean } }> } };

export type CourseListQueryVariables = Exact<{
  first: number;
  offset: number;
  filter: CourseFilter;
}>;


export type CourseListQuery = { courses: { totalCount: number, edges: Array<{ node: { id: string, title: string, slug: string, provider: string, municipality: string, region: Region, mode: CourseMode, pacePercent: number, yhPoints: number, startDate: string, applicationDeadline: string, themes: Array<Theme>, isExample: boolean, town: string, source: CourseSource, spikRecommends: boolean } }> } };

export type CoursePageQueryVariables = Exact<{
  slug: string;
}>;


export type CoursePageQuery = { course: { description: Array<string>, applyUrl: string, endDate: string | null, introduction: string | null, sourceUpdatedAt: string | null, id: string, title: string, slug: string, provider: string, municipality: string, region: Region, mode: CourseMode, pacePercent: number, yhPoints: number, startDate: string, applicationDeadline: string, themes: Array<Theme>, isExample: boolean, town: string, source: CourseSource, spikRecommends: boolean } | null };

export type CourseActivityQueryVariables = Exact<{
  slug: string;
}>;


export type CourseActivityQuery = { course: { spikActivity: { code: string, title: string, enrolled: { value: number | null, suppressed: boolean } } | null } | null, indicators: { dataIsDemo: boolean, suppressionThreshold: number } };

export type CoursePreviewQueryVariables = Exact<{
  documentId: string;
  locale: string;
  expires: number;
  signature: string;
}>;


export type CoursePreviewQuery = { coursePreview: { description: Array<string>, applyUrl: string, endDate: string | null, introduction: string | null, sourceUpdatedAt: string | null, id: string, title: string, slug: string, provider: string, municipality: string, region: Region, mode: CourseMode, pacePercent: number, yhPoints: number, startDate: string, applicationDeadline: string, themes: Array<Theme>, isExample: boolean, town: string, source: CourseSource, spikRecommends: boolean } | null };

export type FinalResultsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type FinalResultsPageQuery = { project: { name: string, shortName: string, budgetSek: number, mainFinancier: string, period: { start: string, end: string }, targets: { employeesTrained: number, companiesSupported: number } }, report: { title: string, lead: string | null, body: unknown, isExample: boolean } | null, indicators: { dataIsDemo: boolean, suppressionThreshold: number, maxDeviation: number, progress: { asOf: string, periodElapsedShare: number, employeesTrained: { achieved: number, asOf: string, target: number, share: number, expectedByNow: number }, companiesSupported: { achieved: number, asOf: string, target: number, share: number, expectedByNow: number } }, completionRate: { value: number | null }, gaps: { analysesCompleted: { value: number | null, suppressed: boolean }, topCompetenceAreas: Array<{ area: string, companies: { value: number | null, suppressed: boolean }, averageShift: { value: number | null, suppressed: boolean } }> }, timeSeries: Array<{ period: string, start: string, end: string, participants: { value: number | null, suppressed: boolean, exact: boolean }, companies: { value: number | null, suppressed: boolean, exact: boolean } }> }, indicatorCatalogue: { asOf: string | null, indicators: Array<{ id: string, esfCode: string | null, nameSv: string, unit: string, total: { value: number | null, suppressed: boolean, exact: boolean }, byGender: Array<{ key: string, label: string, value: number | null, suppressed: boolean }> }> } };

export type HomeFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeFiguresQuery = { indicators: { dataIsDemo: boolean, progress: { asOf: string, periodElapsedShare: number, employeesTrained: { achieved: number, asOf: string, target: number, share: number, expectedByNow: number }, companiesSupported: { achieved: number, asOf: string, target: number, share: number, expectedByNow: number } }, completionRate: { value: number | null } } };

export type HomePageQueryVariables = Exact<{
  newsCount: number;
  today: string;
}>;


export type HomePageQuery = { project: { name: string, shortName: string, budgetSek: number, mainFinancier: string, period: { start: string, end: string }, targets: { employeesTrained: number, companiesSupported: number } }, news: { edges: Array<{ node: { id: string, title: string, slug: string, lead: string, publishedDate: string, category: NewsCategory } }> }, courses: { totalCount: number, edges: Array<{ node: { id: string, title: string, slug: string, provider: string, municipality: string, region: Region, mode: CourseMode, pacePercent: number, yhPoints: number, startDate: string, applicationDeadline: string, themes: Array<Theme>, isExample: boolean, town: string, source: CourseSource, spikRecommends: boolean } }> }, organisations: Array<{ id: string, name: string, kind: OrganisationKind, profile: { website: string | null, logo: { url: string, width: number | null, height: number | null, alt: string, credit: string } | null } | null }> };

export type NewsArticleQueryVariables = Exact<{
  slug: string;
}>;


export type NewsArticleQuery = { newsItem: { id: string, title: string, slug: string, lead: string, body: unknown, publishedDate: string, category: NewsCategory, readingMinutes: number, metaDescription: string | null, summaryOf: string | null, tags: Array<string>, cover: { url: string, width: number | null, height: number | null, alt: string, credit: string } | null, shareImage: { url: string, width: number | null, height: number | null, alt: string, credit: string } | null, images: Array<{ url: string, width: number | null, height: number | null, alt: string, credit: string }>, organisation: { name: string, website: string | null } | null, related: Array<{ id: string, title: string, slug: string, lead: string, publishedDate: string, category: NewsCategory }> } | null, organisations: Array<{ id: string, name: string, contacts: Array<{ id: string, name: string, title: string, phone: string | null, phoneDisplay: string | null, email: string | null, isPressContact: boolean }> }> };

export type NewsListQueryVariables = Exact<{
  first: number;
  offset: number;
  category?: NewsCategory | null | undefined;
}>;


export type NewsListQuery = { news: { totalCount: number, edges: Array<{ node: { id: string, title: string, slug: string, lead: string, publishedDate: string, category: NewsCategory } }> } };

export type NewsPreviewQueryVariables = Exact<{
  documentId: string;
  locale: string;
  expires: number;
  signature: string;
}>;


export type NewsPreviewQuery = { newsItemPreview: { id: string, title: string, slug: string, lead: string, body: unknown, publishedDate: string, category: NewsCategory, readingMinutes: number, metaDescription: string | null, summaryOf: string | null, tags: Array<string>, cover: { url: string, width: number | null, height: number | null, alt: string, credit: string } | null, shareImage: { url: string, width: number | null, height: number | null, alt: string, credit: string } | null, images: Array<{ url: string, width: number | null, height: number | null, alt: string, credit: string }>, organisation: { name: string, website: string | null } | null, related: Array<{ id: string, title: string, slug: string, lead: string, publishedDate: string, category: NewsCategory }> } | null, organisations: Array<{ id: string, name: string, contacts: Array<{ id: string, name: string, title: string, phone: string | null, phoneDisplay: string | null, email: string | null, isPressContact: boolean }> }> };

export type ResultsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ResultsPageQuery = { project: { name: string, shortName: string, budgetSek: number, mainFinancier: string, period: { start: string, end: string }, targets: { employeesTrained: number, companiesSupported: number } }, indicators: { dataIsDemo: boolean, suppressionThreshold: number, maxDeviation: number, progress: { asOf: string, periodElapsedShare: number, employeesTrained: { achieved: number, asOf: string, target: number, share: number, expectedByNow: number }, companiesSupported: { achieved: number, asOf: string, target: number, share: number, expectedByNow: number } }, completionRate: { value: number | null }, participants: { total: { value: number | null, suppressed: boolean }, byGender: Array<{ key: string, label: string, value: number | null, suppressed: boolean }>, byRegion: Array<{ key: string, label: string, value: number | null, suppressed: boolean }> }, companies: { total: { value: number | null, suppressed: boolean }, byRegion: Array<{ key: string, label: string, value: number | null, suppressed: boolean }> }, gaps: { analysesCompleted: { value: number | null, suppressed: boolean }, topCompetenceAreas: Array<{ area: string, companies: { value: number | null, suppressed: boolean }, averageShift: { value: number | null, suppressed: boolean } }> }, timeSeries: Array<{ period: string, start: string, end: string, participants: { value: number | null, suppressed: boolean, exact: boolean }, companies: { value: number | null, suppressed: boolean, exact: boolean } }> } };

export type SendFeedbackMutationVariables = Exact<{
  input: FeedbackInput;
}>;


export type SendFeedbackMutation = { sendFeedback: { received: boolean } };

export type SiteChromeQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteChromeQuery = { funding: { title: string, financiers: Array<string>, emblem: { url: string, width: number | null, height: number | null, alt: string, credit: string } | null } | null, project: { period: { end: string } } };

export type CellFragment = { key: string, label: string, value: number | null, suppressed: boolean };

export type CompetenceNeedsFragment = { analysesCompleted: { value: number | null, suppressed: boolean }, topCompetenceAreas: Array<{ area: string, companies: { value: number | null, suppressed: boolean }, averageShift: { value: number | null, suppressed: boolean } }> };

export type CourseDetailsFragment = { description: Array<string>, applyUrl: string, endDate: string | null, introduction: string | null, sourceUpdatedAt: string | null, id: string, title: string, slug: string, provider: string, municipality: string, region: Region, mode: CourseMode, pacePercent: number, yhPoints: number, startDate: string, applicationDeadline: string, themes: Array<Theme>, isExample: boolean, town: string, source: CourseSource, spikRecommends: boolean };

export type CourseTeaserFragment = { id: string, title: string, slug: string, provider: string, municipality: string, region: Region, mode: CourseMode, pacePercent: number, yhPoints: number, startDate: string, applicationDeadline: string, themes: Array<Theme>, isExample: boolean, town: string, source: CourseSource, spikRecommends: boolean };

export type CreditedImageFragment = { url: string, width: number | null, height: number | null, alt: string, credit: string };

export type CumulativeSeriesFragment = { period: string, start: string, end: string, participants: { value: number | null, suppressed: boolean, exact: boolean }, companies: { value: number | null, suppressed: boolean, exact: boolean } };

export type EsfIndicatorRowFragment = { id: string, esfCode: string | null, nameSv: string, unit: string, total: { value: number | null, suppressed: boolean, exact: boolean }, byGender: Array<{ key: string, label: string, value: number | null, suppressed: boolean }> };

export type NewsArticleFieldsFragment = { id: string, title: string, slug: string, lead: string, body: unknown, publishedDate: string, category: NewsCategory, readingMinutes: number, metaDescription: string | null, summaryOf: string | null, tags: Array<string>, cover: { url: string, width: number | null, height: number | null, alt: string, credit: string } | null, shareImage: { url: string, width: number | null, height: number | null, alt: string, credit: string } | null, images: Array<{ url: string, width: number | null, height: number | null, alt: string, credit: string }>, organisation: { name: string, website: string | null } | null, related: Array<{ id: string, title: string, slug: string, lead: string, publishedDate: string, category: NewsCategory }> };

export type NewsTeaserFragment = { id: string, title: string, slug: string, lead: string, publishedDate: string, category: NewsCategory };

export type PressContactsFragment = { organisations: Array<{ id: string, name: string, contacts: Array<{ id: string, name: string, title: string, phone: string | null, phoneDisplay: string | null, email: string | null, isPressContact: boolean }> }> };

export type ProgressFiguresFragment = { asOf: string, periodElapsedShare: number, employeesTrained: { achieved: number, asOf: string, target: number, share: number, expectedByNow: number }, companiesSupported: { achieved: number, asOf: string, target: number, share: number, expectedByNow: number } };

export type ProjectFactsFragment = { name: string, shortName: string, budgetSek: number, mainFinancier: string, period: { start: string, end: string }, targets: { employeesTrained: number, companiesSupported: number } };

export type SpikActivityFieldsFragment = { code: string, title: string, enrolled: { value: number | null, suppressed: boolean } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CellFragmentDoc = new TypedDocumentString(`
    fragment Cell on BreakdownCell {
  key
  label
  value
  suppressed
}
    `, {"fragmentName":"Cell"}) as unknown as TypedDocumentString<CellFragment, unknown>;
export const CompetenceNeedsFragmentDoc = new TypedDocumentString(`
    fragment CompetenceNeeds on GapIndicators {
  analysesCompleted {
    value
    suppressed
  }
  topCompetenceAreas {
    area
    companies {
      value
      suppressed
    }
    averageShift {
      value
      suppressed
    }
  }
}
    `, {"fragmentName":"CompetenceNeeds"}) as unknown as TypedDocumentString<CompetenceNeedsFragment, unknown>;
export const CourseTeaserFragmentDoc = new TypedDocumentString(`
    fragment CourseTeaser on Course {
  id
  title
  slug
  provider
  municipality
  region
  mode
  pacePercent
  yhPoints
  startDate
  applicationDeadline
  themes
  isExample
  town
  source
  spikRecommends
}
    `, {"fragmentName":"CourseTeaser"}) as unknown as TypedDocumentString<CourseTeaserFragment, unknown>;
export const CourseDetailsFragmentDoc = new TypedDocumentString(`
    fragment CourseDetails on Course {
  ...CourseTeaser
  description
  applyUrl
  endDate
  introduction
  sourceUpdatedAt
}
    fragment CourseTeaser on Course {
  id
  title
  slug
  provider
  municipality
  region
  mode
  pacePercent
  yhPoints
  startDate
  applicationDeadline
  themes
  isExample
  town
  source
  spikRecommends
}`, {"fragmentName":"CourseDetails"}) as unknown as TypedDocumentString<CourseDetailsFragment, unknown>;
export const CumulativeSeriesFragmentDoc = new TypedDocumentString(`
    fragment CumulativeSeries on TimePoint {
  period
  start
  end
  participants {
    value
    suppressed
    exact
  }
  companies {
    value
    suppressed
    exact
  }
}
    `, {"fragmentName":"CumulativeSeries"}) as unknown as TypedDocumentString<CumulativeSeriesFragment, unknown>;
export const EsfIndicatorRowFragmentDoc = new TypedDocumentString(`
    fragment EsfIndicatorRow on CatalogueIndicator {
  id
  esfCode
  nameSv
  unit
  total {
    value
    suppressed
    exact
  }
  byGender {
    key
    label
    value
    suppressed
  }
}
    `, {"fragmentName":"EsfIndicatorRow"}) as unknown as TypedDocumentString<EsfIndicatorRowFragment, unknown>;
export const CreditedImageFragmentDoc = new TypedDocumentString(`
    fragment CreditedImage on Image {
  url
  width
  height
  alt
  credit
}
    `, {"fragmentName":"CreditedImage"}) as unknown as TypedDocumentString<CreditedImageFragment, unknown>;
export const NewsTeaserFragmentDoc = new TypedDocumentString(`
    fragment NewsTeaser on NewsItem {
  id
  title
  slug
  lead
  publishedDate
  category
}
    `, {"fragmentName":"NewsTeaser"}) as unknown as TypedDocumentString<NewsTeaserFragment, unknown>;
export const NewsArticleFieldsFragmentDoc = new TypedDocumentString(`
    fragment NewsArticleFields on NewsItem {
  id
  title
  slug
  lead
  body
  publishedDate
  category
  readingMinutes
  metaDescription
  summaryOf
  tags
  cover {
    ...CreditedImage
  }
  shareImage {
    ...CreditedImage
  }
  images {
    ...CreditedImage
  }
  organisation {
    name
    website
  }
  related {
    ...NewsTeaser
  }
}
    fragment CreditedImage on Image {
  url
  width
  height
  alt
  credit
}
fragment NewsTeaser on NewsItem {
  id
  title
  slug
  lead
  publishedDate
  category
}`, {"fragmentName":"NewsArticleFields"}) as unknown as TypedDocumentString<NewsArticleFieldsFragment, unknown>;
export const PressContactsFragmentDoc = new TypedDocumentString(`
    fragment PressContacts on Query {
  organisations {
    id
    name
    contacts {
      id
      name
      title
      phone
      phoneDisplay
      email
      isPressContact
    }
  }
}
    `, {"fragmentName":"PressContacts"}) as unknown as TypedDocumentString<PressContactsFragment, unknown>;
export const ProgressFiguresFragmentDoc = new TypedDocumentString(`
    fragment ProgressFigures on Progress {
  asOf
  periodElapsedShare
  employeesTrained {
    achieved
    asOf
    target
    share
    expectedByNow
  }
  companiesSupported {
    achieved
    asOf
    target
    share
    expectedByNow
  }
}
    `, {"fragmentName":"ProgressFigures"}) as unknown as TypedDocumentString<ProgressFiguresFragment, unknown>;
export const ProjectFactsFragmentDoc = new TypedDocumentString(`
    fragment ProjectFacts on Project {
  name
  shortName
  period {
    start
    end
  }
  budgetSek
  mainFinancier
  targets {
    employeesTrained
    companiesSupported
  }
}
    `, {"fragmentName":"ProjectFacts"}) as unknown as TypedDocumentString<ProjectFactsFragment, unknown>;
export const SpikActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment SpikActivityFields on SpikActivity {
  code
  title
  enrolled {
    value
    suppressed
  }
}
    `, {"fragmentName":"SpikActivityFields"}) as unknown as TypedDocumentString<SpikActivityFieldsFragment, unknown>;
export const AboutPageDocument = new TypedDocumentString(`
    query AboutPage {
  project {
    ...ProjectFacts
  }
  about: page(kind: ABOUT) {
    title
    body
  }
  mindTheGap: page(kind: MIND_THE_GAP) {
    title
    body
  }
  funding: page(kind: FUNDING) {
    financiers
  }
  organisations {
    id
    name
    kind
    profile {
      description
    }
  }
}
    fragment ProjectFacts on Project {
  name
  shortName
  period {
    start
    end
  }
  budgetSek
  mainFinancier
  targets {
    employeesTrained
    companiesSupported
  }
}`) as unknown as TypedDocumentString<AboutPageQuery, AboutPageQueryVariables>;
export const AccessibilityPageDocument = new TypedDocumentString(`
    query AccessibilityPage {
  accessibilityStatement {
    title
    body
    complianceStatus
    knownProblems {
      description
      reason
      wcagCriteria
      fixBy
    }
    assessmentMethod
    assessedBy
    assessedDate
    feedbackEmail
    lastUpdated
  }
  project {
    period {
      end
    }
  }
}
    `) as unknown as TypedDocumentString<AccessibilityPageQuery, AccessibilityPageQueryVariables>;
export const ContactPageDocument = new TypedDocumentString(`
    query ContactPage {
  organisations {
    id
    name
    kind
    profile {
      name
      role
      contactFor
    }
    contacts {
      id
      name
      title
      phone
      phoneDisplay
      email
      isPressContact
    }
  }
}
    `) as unknown as TypedDocumentString<ContactPageQuery, ContactPageQueryVariables>;
export const CourseFeedDocument = new TypedDocumentString(`
    query CourseFeed($first: Int!, $offset: Int!, $filter: CourseFilter!, $sort: CourseSort!) {
  courses(first: $first, offset: $offset, filter: $filter, sort: $sort) {
    totalCount
    edges {
      node {
        ...CourseTeaser
        endDate
        listedAt
        sourceUpdatedAt
      }
    }
  }
}
    fragment CourseTeaser on Course {
  id
  title
  slug
  provider
  municipality
  region
  mode
  pacePercent
  yhPoints
  startDate
  applicationDeadline
  themes
  isExample
  town
  source
  spikRecommends
}`) as unknown as TypedDocumentString<CourseFeedQuery, CourseFeedQueryVariables>;
export const CourseListDocument = new TypedDocumentString(`
    query CourseList($first: Int!, $offset: Int!, $filter: CourseFilter!) {
  courses(first: $first, offset: $offset, filter: $filter, sort: START_DATE) {
    totalCount
    edges {
      node {
        ...CourseTeaser
      }
    }
  }
}
    fragment CourseTeaser on Course {
  id
  title
  slug
  provider
  municipality
  region
  mode
  pacePercent
  yhPoints
  startDate
  applicationDeadline
  themes
  isExample
  town
  source
  spikRecommends
}`) as unknown as TypedDocumentString<CourseListQuery, CourseListQueryVariables>;
export const CoursePageDocument = new TypedDocumentString(`
    query CoursePage($slug: String!) {
  course(slug: $slug) {
    ...CourseDetails
  }
}
    fragment CourseDetails on Course {
  ...CourseTeaser
  description
  applyUrl
  endDate
  introduction
  sourceUpdatedAt
}
fragment CourseTeaser on Course {
  id
  title
  slug
  provider
  municipality
  region
  mode
  pacePercent
  yhPoints
  startDate
  applicationDeadline
  themes
  isExample
  town
  source
  spikRecommends
}`) as unknown as TypedDocumentString<CoursePageQuery, CoursePageQueryVariables>;
export const CourseActivityDocument = new TypedDocumentString(`
    query CourseActivity($slug: String!) {
  course(slug: $slug) {
    spikActivity {
      ...SpikActivityFields
    }
  }
  indicators {
    dataIsDemo
    suppressionThreshold
  }
}
    fragment SpikActivityFields on SpikActivity {
  code
  title
  enrolled {
    value
    suppressed
  }
}`) as unknown as TypedDocumentString<CourseActivityQuery, CourseActivityQueryVariables>;
export const CoursePreviewDocument = new TypedDocumentString(`
    query CoursePreview($documentId: String!, $locale: String!, $expires: Int!, $signature: String!) {
  coursePreview(
    documentId: $documentId
    locale: $locale
    expires: $expires
    signature: $signature
  ) {
    ...CourseDetails
  }
}
    fragment CourseDetails on Course {
  ...CourseTeaser
  description
  applyUrl
  endDate
  introduction
  sourceUpdatedAt
}
fragment CourseTeaser on Course {
  id
  title
  slug
  provider
  municipality
  region
  mode
  pacePercent
  yhPoints
  startDate
  applicationDeadline
  themes
  isExample
  town
  source
  spikRecommends
}`) as unknown as TypedDocumentString<CoursePreviewQuery, CoursePreviewQueryVariables>;
export const FinalResultsPageDocument = new TypedDocumentString(`
    query FinalResultsPage {
  project {
    ...ProjectFacts
  }
  report: page(kind: FINAL_REPORT) {
    title
    lead
    body
    isExample
  }
  indicators {
    dataIsDemo
    suppressionThreshold
    maxDeviation
    progress {
      ...ProgressFigures
    }
    completionRate {
      value
    }
    gaps {
      ...CompetenceNeeds
    }
    timeSeries(granularity: QUARTER) {
      ...CumulativeSeries
    }
  }
  indicatorCatalogue {
    asOf
    indicators {
      ...EsfIndicatorRow
    }
  }
}
    fragment CompetenceNeeds on GapIndicators {
  analysesCompleted {
    value
    suppressed
  }
  topCompetenceAreas {
    area
    companies {
      value
      suppressed
    }
    averageShift {
      value
      suppressed
    }
  }
}
fragment CumulativeSeries on TimePoint {
  period
  start
  end
  participants {
    value
    suppressed
    exact
  }
  companies {
    value
    suppressed
    exact
  }
}
fragment EsfIndicatorRow on CatalogueIndicator {
  id
  esfCode
  nameSv
  unit
  total {
    value
    suppressed
    exact
  }
  byGender {
    key
    label
    value
    suppressed
  }
}
fragment ProgressFigures on Progress {
  asOf
  periodElapsedShare
  employeesTrained {
    achieved
    asOf
    target
    share
    expectedByNow
  }
  companiesSupported {
    achieved
    asOf
    target
    share
    expectedByNow
  }
}
fragment ProjectFacts on Project {
  name
  shortName
  period {
    start
    end
  }
  budgetSek
  mainFinancier
  targets {
    employeesTrained
    companiesSupported
  }
}`) as unknown as TypedDocumentString<FinalResultsPageQuery, FinalResultsPageQueryVariables>;
export const HomeFiguresDocument = new TypedDocumentString(`
    query HomeFigures {
  indicators {
    dataIsDemo
    progress {
      ...ProgressFigures
    }
    completionRate {
      value
    }
  }
}
    fragment ProgressFigures on Progress {
  asOf
  periodElapsedShare
  employeesTrained {
    achieved
    asOf
    target
    share
    expectedByNow
  }
  companiesSupported {
    achieved
    asOf
    target
    share
    expectedByNow
  }
}`) as unknown as TypedDocumentString<HomeFiguresQuery, HomeFiguresQueryVariables>;
export const HomePageDocument = new TypedDocumentString(`
    query HomePage($newsCount: Int!, $today: LocalDate!) {
  project {
    ...ProjectFacts
  }
  news(first: $newsCount) {
    edges {
      node {
        ...NewsTeaser
      }
    }
  }
  courses(first: 3, filter: {startsFrom: $today}, sort: START_DATE) {
    totalCount
    edges {
      node {
        ...CourseTeaser
      }
    }
  }
  organisations {
    id
    name
    kind
    profile {
      website
      logo {
        ...CreditedImage
      }
    }
  }
}
    fragment CourseTeaser on Course {
  id
  title
  slug
  provider
  municipality
  region
  mode
  pacePercent
  yhPoints
  startDate
  applicationDeadline
  themes
  isExample
  town
  source
  spikRecommends
}
fragment CreditedImage on Image {
  url
  width
  height
  alt
  credit
}
fragment NewsTeaser on NewsItem {
  id
  title
  slug
  lead
  publishedDate
  category
}
fragment ProjectFacts on Project {
  name
  shortName
  period {
    start
    end
  }
  budgetSek
  mainFinancier
  targets {
    employeesTrained
    companiesSupported
  }
}`) as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;
export const NewsArticleDocument = new TypedDocumentString(`
    query NewsArticle($slug: String!) {
  newsItem(slug: $slug) {
    ...NewsArticleFields
  }
  ...PressContacts
}
    fragment CreditedImage on Image {
  url
  width
  height
  alt
  credit
}
fragment NewsArticleFields on NewsItem {
  id
  title
  slug
  lead
  body
  publishedDate
  category
  readingMinutes
  metaDescription
  summaryOf
  tags
  cover {
    ...CreditedImage
  }
  shareImage {
    ...CreditedImage
  }
  images {
    ...CreditedImage
  }
  organisation {
    name
    website
  }
  related {
    ...NewsTeaser
  }
}
fragment NewsTeaser on NewsItem {
  id
  title
  slug
  lead
  publishedDate
  category
}
fragment PressContacts on Query {
  organisations {
    id
    name
    contacts {
      id
      name
      title
      phone
      phoneDisplay
      email
      isPressContact
    }
  }
}`) as unknown as TypedDocumentString<NewsArticleQuery, NewsArticleQueryVariables>;
export const NewsListDocument = new TypedDocumentString(`
    query NewsList($first: Int!, $offset: Int!, $category: NewsCategory) {
  news(first: $first, offset: $offset, filter: {category: $category}) {
    totalCount
    edges {
      node {
        ...NewsTeaser
      }
    }
  }
}
    fragment NewsTeaser on NewsItem {
  id
  title
  slug
  lead
  publishedDate
  category
}`) as unknown as TypedDocumentString<NewsListQuery, NewsListQueryVariables>;
export const NewsPreviewDocument = new TypedDocumentString(`
    query NewsPreview($documentId: String!, $locale: String!, $expires: Int!, $signature: String!) {
  newsItemPreview(
    documentId: $documentId
    locale: $locale
    expires: $expires
    signature: $signature
  ) {
    ...NewsArticleFields
  }
  ...PressContacts
}
    fragment CreditedImage on Image {
  url
  width
  height
  alt
  credit
}
fragment NewsArticleFields on NewsItem {
  id
  title
  slug
  lead
  body
  publishedDate
  category
  readingMinutes
  metaDescription
  summaryOf
  tags
  cover {
    ...CreditedImage
  }
  shareImage {
    ...CreditedImage
  }
  images {
    ...CreditedImage
  }
  organisation {
    name
    website
  }
  related {
    ...NewsTeaser
  }
}
fragment NewsTeaser on NewsItem {
  id
  title
  slug
  lead
  publishedDate
  category
}
fragment PressContacts on Query {
  organisations {
    id
    name
    contacts {
      id
      name
      title
      phone
      phoneDisplay
      email
      isPressContact
    }
  }
}`) as unknown as TypedDocumentString<NewsPreviewQuery, NewsPreviewQueryVariables>;
export const ResultsPageDocument = new TypedDocumentString(`
    query ResultsPage {
  project {
    ...ProjectFacts
  }
  indicators {
    dataIsDemo
    suppressionThreshold
    maxDeviation
    progress {
      ...ProgressFigures
    }
    completionRate {
      value
    }
    participants {
      total {
        value
        suppressed
      }
      byGender {
        ...Cell
      }
      byRegion {
        ...Cell
      }
    }
    companies {
      total {
        value
        suppressed
      }
      byRegion {
        ...Cell
      }
    }
    gaps {
      ...CompetenceNeeds
    }
    timeSeries(granularity: QUARTER) {
      ...CumulativeSeries
    }
  }
}
    fragment Cell on BreakdownCell {
  key
  label
  value
  suppressed
}
fragment CompetenceNeeds on GapIndicators {
  analysesCompleted {
    value
    suppressed
  }
  topCompetenceAreas {
    area
    companies {
      value
      suppressed
    }
    averageShift {
      value
      suppressed
    }
  }
}
fragment CumulativeSeries on TimePoint {
  period
  start
  end
  participants {
    value
    suppressed
    exact
  }
  companies {
    value
    suppressed
    exact
  }
}
fragment ProgressFigures on Progress {
  asOf
  periodElapsedShare
  employeesTrained {
    achieved
    asOf
    target
    share
    expectedByNow
  }
  companiesSupported {
    achieved
    asOf
    target
    share
    expectedByNow
  }
}
fragment ProjectFacts on Project {
  name
  shortName
  period {
    start
    end
  }
  budgetSek
  mainFinancier
  targets {
    employeesTrained
    companiesSupported
  }
}`) as unknown as TypedDocumentString<ResultsPageQuery, ResultsPageQueryVariables>;
export const SendFeedbackDocument = new TypedDocumentString(`
    mutation SendFeedback($input: FeedbackInput!) {
  sendFeedback(input: $input) {
    received
  }
}
    `) as unknown as TypedDocumentString<SendFeedbackMutation, SendFeedbackMutationVariables>;
export const SiteChromeDocument = new TypedDocumentString(`
    query SiteChrome {
  funding: page(kind: FUNDING) {
    title
    financiers
    emblem {
      ...CreditedImage
    }
  }
  project {
    period {
      end
    }
  }
}
    fragment CreditedImage on Image {
  url
  width
  height
  alt
  credit
}`) as unknown as TypedDocumentString<SiteChromeQuery, SiteChromeQueryVariables>;