import { type EnumValue, enumOfKeys } from '../graphql/enum-type.js';
import { labels } from '@spik/shared';
import { JSONResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { FILE_FIELDS, Image, type StrapiCreditedImage, creditedImagePopulate, toImage } from './image.js';

export const NewsCategory = enumOfKeys('NewsCategory', labels.NewsCategory, 'The editorial category of a news item.');
export type NewsCategory = EnumValue<typeof NewsCategory>;

@ObjectType({ description: 'A published news item or press release from the CMS.' })
export class NewsItem {
  @Field(() => ID, { description: "The CMS's document id." }) id!: string;

  @Field(() => String, { description: 'Headline.' }) title!: string;

  @Field(() => String, { description: 'URL segment, unique among news items.' }) slug!: string;

  @Field(() => String, { description: 'Lead paragraph (ingress), plain text.' }) lead!: string;

  @Field(() => JSONResolver, { description: 'The body as Strapi blocks (paragraph, heading, list, quote, link, image).' }) body!: unknown[];

  @Field(() => LocalDateResolver, { description: 'Publication date as set by the editors; news is listed newest first by it.' }) publishedDate!: string;

  @Field(() => NewsCategory, { description: 'Editorial category.' }) category!: NewsCategory;

  @Field(() => Image, { nullable: true, description: 'Cover image; null when the CMS has no image file for it.' }) cover!: Image | null;

  @Field(() => [String], { description: 'Free-form tags set by the editor.' }) tags!: string[];

  @Field(() => Int, { description: 'Estimated reading time in minutes, computed by the CMS from the text.' }) readingMinutes!: number;

  @Field(() => String, { nullable: true, description: 'Description for search engines and link previews (max 160 characters).' })
  metaDescription!: string | null;

  @Field(() => Image, { nullable: true, description: 'Image for link previews (Open Graph); the cover when empty.' }) shareImage!: Image | null;

  @Field(() => String, { nullable: true, description: 'Set when the item summarises an original article elsewhere: says which, and its reading time.' })
  summaryOf!: string | null;

  /** Document ids of the related items and of the publishing organisation, resolved by loaders. */
  relatedIds!: string[];
  organisationId!: string | null;

  @Field(() => [Image], { description: 'Further images, in CMS order; empty when there are none.' }) images!: Image[];
}

export const NewsConnection = Connection(NewsItem);
export type NewsConnection = InstanceType<typeof NewsConnection>;

/** A news item as Strapi's REST API returns it with `newsItemQuery`'s populate. */
export interface StrapiNewsItem {
  documentId: string;
  title: string;
  slug: string;
  lead: string;
  body: unknown[];
  publishedDate: string;
  category: NewsCategory;
  cover: StrapiCreditedImage | null;
  images: StrapiCreditedImage[] | null;
  tags?: { name: string }[] | null;
  readingMinutes?: number | null;
  metaDescription?: string | null;
  shareImage?: { url: string; width: number | null; height: number | null; alternativeText?: string | null } | null;
  summaryOf?: string | null;
  relatedNews?: { documentId: string }[] | null;
  organisation?: { documentId: string } | null;
}

export const newsItemQuery = {
  fields: ['documentId', 'title', 'slug', 'lead', 'body', 'publishedDate', 'category', 'readingMinutes', 'metaDescription', 'summaryOf'],
  populate: {
    cover: creditedImagePopulate,
    images: creditedImagePopulate,
    tags: true,
    shareImage: { fields: [...FILE_FIELDS, 'alternativeText'] },
    relatedNews: { fields: ['documentId'] },
    organisation: { fields: ['documentId'] },
  },
};

export function toNewsItem(item: StrapiNewsItem, publicUrl: string): NewsItem {
  return {
    id: item.documentId,
    title: item.title,
    slug: item.slug,
    lead: item.lead,
    body: item.body ?? [],
    publishedDate: item.publishedDate,
    category: item.category,
    cover: toImage(item.cover, publicUrl),
    images: (item.images ?? []).map((image) => toImage(image, publicUrl)).filter((image) => image !== null),
    tags: (item.tags ?? []).map((tag) => tag.name),
    readingMinutes: item.readingMinutes ?? 1,
    metaDescription: item.metaDescription ?? null,
    shareImage: item.shareImage ? toImage({ alt: item.shareImage.alternativeText ?? item.title, credit: '', file: item.shareImage }, publicUrl) : null,
    summaryOf: item.summaryOf ?? null,
    relatedIds: (item.relatedNews ?? []).map((related) => related.documentId),
    organisationId: item.organisation?.documentId ?? null,
  };
}
