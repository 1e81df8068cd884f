/**
 * The contract between the CMS and the API about content changes. Strapi's purge webhook (cms/src/
 * provision.ts registers it) carries the shared secret in WEBHOOK_SECRET_HEADER, and names what
 * changed by the content type's singular API id (`model`). The API (api/src/content/cms-webhook.ts)
 * tags every cached answer with the content types it read, by the same ids, and purges by them.
 * Written once here so the two cannot drift apart; cms/test/content-tags.test.ts checks that each
 * tag is a content type the CMS defines.
 */
export const WEBHOOK_SECRET_HEADER = 'x-spik-webhook-secret';

/** The content types the API reads from the CMS, by their singular API ids. */
export const CONTENT_TAGS = [
  'news-item',
  'course',
  'organisation-profile',
  'contact-person',
  'about-page',
  'mind-the-gap-page',
  'accessibility-statement',
  'funding-statement',
  'final-report',
] as const;
export type ContentTag = (typeof CONTENT_TAGS)[number];

/** A change to the key also changes the answers that show it: a profile's name is in news and contacts. */
export const SHOWN_IN: Partial<Record<ContentTag, readonly ContentTag[]>> = { 'organisation-profile': ['news-item', 'contact-person'] };

/** The content types that show images: a media event names no type, so it purges all of these. */
export const SHOWS_IMAGES: readonly ContentTag[] = ['news-item', 'course', 'organisation-profile', 'contact-person'];
