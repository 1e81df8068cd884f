import { formatPhone } from '@spik/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { Image, toImage } from './image.js';
import { plainParagraphs } from './course.js';

@ObjectType({ description: "An organisation's public profile in the CMS: role in SPIK, description, logo and website." })
export class OrganisationProfile {
  @Field(() => ID, { description: "The CMS's document id." }) id!: string;

  @Field(() => String, { description: 'Name, as in the project data.' }) name!: string;

  @Field(() => String, { description: 'URL segment.' }) slug!: string;

  @Field(() => String, { description: 'Role in SPIK as the CMS states it (projektagare, partner, medfinansiar, huvudfinansiar).' }) role!: string;

  @Field(() => [String], { description: 'Description as plain paragraphs.' }) description!: string[];

  @Field(() => Image, { nullable: true, description: 'Logo with alt text (credit is empty for logos).' }) logo!: Image | null;

  @Field(() => String, {
    nullable: true,
    description: 'What visitors should ask this organisation about, in one Swedish sentence; null when the CMS gives none.',
  })
  contactFor!: string | null;

  @Field(() => String, { nullable: true, description: 'Website (https).' }) website!: string | null;

  @Field(() => String, { nullable: true, description: 'skane, blekinge or nationell.' }) region!: string | null;
}

@ObjectType({ description: 'A contact person at an organisation.' })
export class ContactPerson {
  @Field(() => ID, { description: "The CMS's document id." }) id!: string;

  @Field(() => String, { description: 'Full name.' }) name!: string;

  @Field(() => String, { description: 'Job title.' }) title!: string;

  @Field(() => String, { nullable: true, description: 'Phone number in E.164, e.g. +46732345158.' }) phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number as Swedes write it, e.g. 073-234 51 58.' }) phoneDisplay!: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' }) email!: string | null;

  @Field(() => Image, { nullable: true, description: 'Portrait.' }) photo!: Image | null;

  @Field(() => Boolean, { description: 'True for the press contacts of the project.' }) isPressContact!: boolean;

  @Field(() => Int, { description: 'Order within the organisation, lowest first.' }) sortOrder!: number;

  /** Document id of the organisation profile, for grouping. */
  organisationId!: string | null;
}

type Media = { url: string; width: number | null; height: number | null; alternativeText?: string | null } | null;

export interface StrapiProfile {
  documentId: string;
  name: string;
  slug: string;
  role: string;
  description: { type: string; children?: { text?: string }[] }[] | null;
  logo: { alt: string; file: Media } | null;
  contactFor?: string | null;
  website: string | null;
  region: string | null;
}

export interface StrapiContact {
  documentId: string;
  name: string;
  title: string;
  phone: string | null;
  email: string | null;
  photo: Media;
  isPressContact: boolean | null;
  sortOrder: number | null;
  organisation: { documentId: string } | null;
}

export function toProfile(profile: StrapiProfile, publicUrl: string): OrganisationProfile {
  return {
    id: profile.documentId,
    name: profile.name,
    slug: profile.slug,
    role: profile.role,
    description: plainParagraphs(profile.description),
    logo: profile.logo ? toImage({ alt: profile.logo.alt, credit: '', file: profile.logo.file }, publicUrl) : null,
    contactFor: profile.contactFor?.trim() || null,
    website: profile.website,
    region: profile.region,
  };
}

export function toContact(contact: StrapiContact, publicUrl: string): ContactPerson {
  return {
    id: contact.documentId,
    name: contact.name,
    title: contact.title,
    phone: contact.phone,
    phoneDisplay: contact.phone ? formatPhone(contact.phone) : null,
    email: contact.email || null,
    photo: contact.photo ? toImage({ alt: contact.photo.alternativeText ?? contact.name, credit: '', file: contact.photo }, publicUrl) : null,
    isPressContact: Boolean(contact.isPressContact),
    sortOrder: contact.sortOrder ?? 100,
    organisationId: contact.organisation?.documentId ?? null,
  };
}

export const ContactPersonConnection = Connection(ContactPerson);
export type ContactPersonConnection = InstanceType<typeof ContactPersonConnection>;
