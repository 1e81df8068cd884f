import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An image with what a visitor needs to show it accessibly and credit it.' })
export class Image {
  @Field(() => String, { description: 'Absolute URL of the image, served through this API.' }) url!: string;

  @Field(() => Int, { nullable: true, description: 'Width in pixels; null when the CMS has not recorded it.' }) width!: number | null;

  @Field(() => Int, { nullable: true, description: 'Height in pixels; null when the CMS has not recorded it.' }) height!: number | null;

  @Field(() => String, { description: 'Alternative text in Swedish.' }) alt!: string;

  @Field(() => String, { description: 'Photo credit as it must be printed, e.g. "Foto: …".' }) credit!: string;
}

/** The shape of Strapi's `media.credited-image` component as the REST API returns it. */
export interface StrapiCreditedImage {
  alt: string;
  credit: string;
  file: { url: string; width: number | null; height: number | null; updatedAt?: string | null } | null;
}

/**
 * Strapi's "Replace media" keeps a file's name, and the media proxy lets browsers keep a URL for a
 * year: so the URL carries the file's version (its last change), and a replaced photo is new to
 * everyone, including a visitor who saw the old one.
 */
export function toImage(component: StrapiCreditedImage | null | undefined, publicUrl: string): Image | null {
  if (!component?.file) return null;
  const path = component.file.url.replace(/^\/uploads\//, '');
  const changed = component.file.updatedAt ? Date.parse(component.file.updatedAt) : Number.NaN;
  return {
    url: `${publicUrl}/media/${path}${Number.isNaN(changed) ? '' : `?v=${changed.toString(36)}`}`,
    width: component.file.width,
    height: component.file.height,
    alt: component.alt,
    credit: component.credit,
  };
}

/** The file fields every image needs, its version included. */
export const FILE_FIELDS = ['url', 'width', 'height', 'updatedAt'];
export const creditedImagePopulate = { populate: { file: { fields: FILE_FIELDS } } };
