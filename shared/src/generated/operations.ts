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

export type HomePageQueryVariables = Exact<{
  newsCount: number;
}>;


export type HomePageQuery = { project: { name: string, shortName: string, budgetSek: number, mainFinancier: string, period: { start: string, end: string }, targets: { employeesTrained: number, companiesSupported: number } }, news: { edges: Array<{ node: { id: string, title: string, slug: string, lead: string, publishedDate: string, category: NewsCategory } }> } };

export type NewsTeaserFragment = { id: string, title: string, slug: string, lead: string, publishedDate: string, category: NewsCategory };

export type NewsArticleQueryVariables = Exact<{
  slug: string;
}>;


export type NewsArticleQuery = { newsItem: { id: string, title: string, slug: string, lead: string, body: unknown, publishedDate: string, category: NewsCategory, readingMinutes: number, cover: { url: string, width: number | null, height: number | null, alt: string, credit: string } | null, images: Array<{ url: string, width: number | null, height: number | null, alt: string, credit: string }> } | null };

export type NewsArticleFieldsFragment = { id: string, title: string, slug: string, lead: string, body: unknown, publishedDate: string, category: NewsCategory, readingMinutes: number, cover: { url: string, width: number | null, height: number | null, alt: string, credit: string } | null, images: Array<{ url: string, width: number | null, height: number | null, alt: string, credit: string }> };

export type CreditedImageFragment = { url: string, width: number | null, height: number | null, alt: string, credit: string };

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
export const HomePageDocument = new TypedDocumentString(`
    query HomePage($newsCount: Int!) {
  project {
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