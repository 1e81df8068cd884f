/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type AboutPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AboutPageQuery = { project: { name: string, shortName: string, budgetSek: number, mainFinancier: string, period: { start: string, end: string }, targets: { employeesTrained: number, companiesSupported: number } }, about: { title: string, body: unknown } | null, mindTheGap: { title: string, body: unknown } | null, organisations: Array<{ id: string, name: string, kind: OrganisationKind, profile: { description: Array<string> } | null }> };

export type ContactPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactPageQuery = { organisations: Array<{ id: string, name: string, kind: OrganisationKind, profile: { name: string, role: string } | null, contacts: Array<{ id: string, name: string, title: string, phone: string | null, phoneDisplay: string | null, email: string | null, isPressContact: boolean }> }> };

export type FundingStatementQueryVariables = Exact<{ [key: string]: never; }>;


export type FundingStatementQuery = { page: { title: string, financiers: Array<string>, emblem: { url: string, width: number | null, height: number | null, alt: string, credit: string } | null } | null };

export type HomePageQueryVariables = Exact<{
  newsCount: number;
}>;


export type HomePageQuery = { project: { name: string, shortName: string, budgetSek: number, mainFinancier: string, period: { start: string, end: string }, targets: { employeesTrained: number, companiesSupported: number } }, news: { edges: Array<{ node: { id: string, title: string, slug: string, lead: string, publishedDate: string, category: NewsCategory } }> } };

export type NewsTeaserFragment = { id: string, title: string, slug: string, lead: string, publishedDate: string, category: NewsCategory };

export type ProjectFactsFragment = { name: string, shortName: string, budgetSek: number, mainFinancier: string, period: { start: string, end: string }, targets: { employeesTrained: number, companiesSupported: number } };

export type NewsArticleQueryVariables = Exact<{
  slug: string;
}>;


export type NewsArticleQuery = { newsItem: { id: string, title: string, slug: string, lead: string, body: unknown, publishedDate: string, category: NewsCategory, readingMinutes: number, cover: { url: string, width: number | null, height: number | null, alt: string, credit: string } | null, images: Array<{ url: string, width: number | null, height: number | null, alt: string, credit: string }> } | null };

export type NewsArticleFieldsFragment = { id: string, title: string, slug: string, lead: string, body: unknown, publishedDate: string, category: NewsCategory, readingMinutes: number, cover: { url: string, width: number | null, height: number | null, alt: string, credit: string } | null, images: Array<{ url: string, width: number | null, height: number | null, alt: string, credit: string }> };

export type CreditedImageFragment = { url: string, width: number | null, height: number | null, alt: string, credit: string };

export type NewsListQueryVariables = Exact<{
  first: number;
  after: string | null | undefined;
  category: NewsCategory | null | undefined;
}>;


export type NewsListQuery = { news: { totalCount: number, edges: Array<{ node: { id: string, title: string, slug: string, lead: string, publishedDate: string, category: NewsCategory } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NewsPreviewQueryVariables = Exact<{
  documentId: string;
  locale: string;
  expires: number;
  signature: string;
}>;


export type NewsPreviewQuery = { newsItemPreview: { id: string, title: string, slug: string, lead: string, body: unknown, publishedDate: string, category: NewsCategory, readingMinutes: number, cover: { url: string, width: number | null, height: number | null, alt: string, credit: string } | null, images: Array<{ url: string, width: number | null, height: number | null, alt: string, credit: string }> } | null };

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
export const CreditedImageFragmentDoc = new TypedDocumentString(`
    fragment CreditedImage on Image {
  url
  width
  height
  alt
  credit
}
    `, {"fragmentName":"CreditedImage"}) as unknown as TypedDocumentString<CreditedImageFragment, unknown>;
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
  cover {
    ...CreditedImage
  }
  images {
    ...CreditedImage
  }
}
    fragment CreditedImage on Image {
  url
  width
  height
  alt
  credit
}`, {"fragmentName":"NewsArticleFields"}) as unknown as TypedDocumentString<NewsArticleFieldsFragment, unknown>;
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
export const ContactPageDocument = new TypedDocumentString(`
    query ContactPage {
  organisations {
    id
    name
    kind
    profile {
      name
      role
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
export const FundingStatementDocument = new TypedDocumentString(`
    query FundingStatement {
  page(kind: FUNDING) {
    title
    financiers
    emblem {
      ...CreditedImage
    }
  }
}
    fragment CreditedImage on Image {
  url
  width
  height
  alt
  credit
}`) as unknown as TypedDocumentString<FundingStatementQuery, FundingStatementQueryVariables>;
export const HomePageDocument = new TypedDocumentString(`
    query HomePage($newsCount: Int!) {
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
  cover {
    ...CreditedImage
  }
  images {
    ...CreditedImage
  }
}
fragment CreditedImage on Image {
  url
  width
  height
  alt
  credit
}`) as unknown as TypedDocumentString<NewsArticleQuery, NewsArticleQueryVariables>;
export const NewsListDocument = new TypedDocumentString(`
    query NewsList($first: Int!, $after: String, $category: NewsCategory) {
  news(first: $first, after: $after, filter: {category: $category}) {
    totalCount
    edges {
      node {
        ...NewsTeaser
      }
    }
    pageInfo {
      hasNextPage
      endCursor
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
  cover {
    ...CreditedImage
  }
  images {
    ...CreditedImage
  }
}
fragment CreditedImage on Image {
  url
  width
  height
  alt
  credit
}`) as unknown as TypedDocumentString<NewsPreviewQuery, NewsPreviewQueryVariables>;