import { JSONResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { Image, type StrapiCreditedImage, creditedImagePopulate, toImage } from './image.js';

export enum NewsCategory {
  nyhet = 'nyhet',
  pressmeddelande = 'pressmeddelande',
  kurstips = 'kurstips',
  evenemang = 'evenemang',
}
registerEnumType(NewsCategory, { name: 'NewsCategory', description: 'The editorial category of a news item.' });

@ObjectType({ description: 'A published news item or press release from the CMS.' })
export class NewsItem {
  @Field(() => ID, { description: "The CMS's document id." })
  id!: string;

  @Field(() => String, { description: 'Headline.' })
  title!: string;

  @Field(() => String, { description: 'URL segment, unique among news items.' })
  slug!: string;

  @Field(() => String, { description: 'Lead paragraph (ingress), plain text.' })
  lead!: string;

  @Field(() => JSONResolver, { description: "The body as Strapi blocks (paragraph, heading, list, quote, link, image)." })
  body!: unknown[];

  @Field(() => LocalDateResolver, { description: 'Publication date as set by the editors; news is listed newest first by it.' })
  publishedDate!: string;

  @Field(() => NewsCategory, { description: 'Editorial category.' })
  category!: NewsCategory;

  @Field(() => Image, { nullable: true, description: 'Cover image; null when the CMS has no image file for it.' })
  cover!: Image | null;

  @Field(() => [Image], { description: 'Further images, in CMS order; empty when there are none.' })
  images!: Image[];
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
}

export const newsItemQuery = {
  fields: ['documentId', 'title', 'slug', 'lead', 'body', 'publishedDate', 'category'],
  populate: { cover: creditedImagePopulate, images: creditedImagePopulate },
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
  };
}
