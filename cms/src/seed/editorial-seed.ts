import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../provision';
import {
  aboutPage,
  accessibilityStatement,
  contacts,
  courseApplyUrl,
  courseDescription,
  courses,
  fundingStatement,
  logoAlt,
  mindTheGapPage,
  organisations,
  PLACEHOLDER_CREDIT,
  pressReleaseAdditions,
  relatedNews,
  type NewsSeed,
  type OrganisationSeed,
} from './editorial';
import { uploadSeedImage, type UploadedFile } from './upload';
import { pressRelease } from './press-release';
import { COURSE_UID as COURSE } from '@spik/shared';

const NEWS = 'api::news-item.news-item';
const ORGANISATION = 'api::organisation-profile.organisation-profile';
const CONTACT = 'api::contact-person.contact-person';
const ABOUT = 'api::about-page.about-page';
const MIND_THE_GAP = 'api::mind-the-gap-page.mind-the-gap-page';
const ACCESSIBILITY = 'api::accessibility-statement.accessibility-statement';
const FUNDING = 'api::funding-statement.funding-statement';

const locale = DEFAULT_LOCALE;
type Doc = { documentId: string };

/**
 * Before version 2 news items were not localized. Strapi gives existing rows the default locale
 * of the moment the type becomes localized, which on an existing database is still English:
 * move every news item that has no Swedish version to Swedish.
 */
async function moveUnlocalizedNewsToSwedish(strapi: Core.Strapi) {
  const rows = (await strapi.db.query(NEWS).findMany({ select: ['id', 'documentId', 'locale'] })) as {
    id: number;
    documentId: string;
    locale: string | null;
  }[];
  const swedish = new Set(rows.filter((row) => row.locale === locale).map((row) => row.documentId));
  const ids = rows.filter((row) => row.locale !== locale && !swedish.has(row.documentId)).map((row) => row.id);
  if (ids.length) {
    await strapi.db.query(NEWS).updateMany({ where: { id: { $in: ids } }, data: { locale } });
    strapi.log.info(`Moved ${ids.length} news item row(s) to the Swedish locale.`);
  }
}

const findBy = async (strapi: Core.Strapi, uid: string, filters: Record<string, unknown>) =>
  (await strapi.documents(uid as never).findFirst({ filters, locale, status: 'draft' } as never)) as Doc | null;

/**
 * Seed version 2: organisations, press contacts, the four related news items, course tips and
 * the single types; links the press release to its organisation and related news. Images are
 * uploaded first; all documents are then written in one transaction, and the uploads are
 * removed again if it fails, so a failed seed leaves nothing behind and runs again next start.
 */
export async function seedEditorial(strapi: Core.Strapi, { upgradingFrom }: { upgradingFrom: number }) {
  // 1. What is missing (an editor may have created some of it by hand already).
  const missingOrganisations: OrganisationSeed[] = [];
  for (const organisation of organisations) {
    if (!(await findBy(strapi, ORGANISATION, { name: organisation.name }))) missingOrganisations.push(organisation);
  }
  const missingNews: NewsSeed[] = [];
  for (const item of relatedNews) {
    if (!(await findBy(strapi, NEWS, { slug: item.slug }))) missingNews.push(item);
  }
  const needsFunding = !(await strapi.documents(FUNDING).findFirst({ locale, status: 'draft' } as never));

  // 2. Images.
  const uploaded: UploadedFile[] = [];
  const upload = async (file: string, alt: string, caption: string) => {
    const result = await uploadSeedImage(strapi, file, alt, caption);
    uploaded.push(result);
    return result.id;
  };
  const logos = new Map<string, number>();
  const covers = new Map<string, number>();
  let emblem: number | null = null;
  try {
    for (const organisation of missingOrganisations) {
      logos.set(organisation.name, await upload(organisation.logo, logoAlt(organisation.name), 'Platshållare (SPIK)'));
    }
    for (const item of missingNews) covers.set(item.slug, await upload(item.cover.file, item.cover.alt, PLACEHOLDER_CREDIT));
    if (needsFunding) emblem = await upload(fundingStatement.emblem.file, fundingStatement.emblem.alt, 'EU-emblem');

    // 3. Documents, all or nothing.
    await strapi.db.transaction(async () => {
      if (upgradingFrom >= 1) await moveUnlocalizedNewsToSwedish(strapi);

      const organisationIds = new Map<string, string>();
      for (const organisation of organisations) {
        const existing = await findBy(strapi, ORGANISATION, { name: organisation.name });
        if (existing) {
          organisationIds.set(organisation.name, existing.documentId);
          continue;
        }
        const created = (await strapi.documents(ORGANISATION).create({
          locale,
          status: 'published',
          data: {
            name: organisation.name,
            slug: organisation.slug,
            role: organisation.role,
            region: organisation.region,
            description: organisation.description,
            contactFor: organisation.contactFor ?? null,
            logo: { file: logos.get(organisation.name), alt: logoAlt(organisation.name) },
          } as never,
        })) as Doc;
        organisationIds.set(organisation.name, created.documentId);
      }

      for (const contact of contacts) {
        if (await findBy(strapi, CONTACT, { name: contact.name })) continue;
        await strapi.documents(CONTACT).create({
          locale,
          status: 'published',
          data: {
            name: contact.name,
            title: contact.title,
            organisation: organisationIds.get(contact.organisation),
            phone: contact.phone,
            isPressContact: true,
            sortOrder: contact.sortOrder,
          } as never,
        });
      }

      const techtank = organisationIds.get('Techtank');
      const relatedIds: string[] = [];
      for (const item of relatedNews) {
        const existing = await findBy(strapi, NEWS, { slug: item.slug });
        if (existing) {
          relatedIds.push(existing.documentId);
          continue;
        }
        const created = (await strapi.documents(NEWS).create({
          locale,
          status: 'published',
          data: {
            title: item.title,
            slug: item.slug,
            category: item.category,
            publishedDate: item.publishedDate,
            lead: item.lead,
            body: item.body,
            summaryOf: item.summaryOf,
            metaDescription: item.metaDescription,
            tags: item.tags.map((name) => ({ name })),
            organisation: techtank,
            cover: { file: covers.get(item.slug), alt: item.cover.alt, credit: PLACEHOLDER_CREDIT },
          } as never,
        })) as Doc;
        relatedIds.push(created.documentId);
      }

      const release = await findBy(strapi, NEWS, { slug: pressRelease.slug });
      if (release) {
        await strapi.documents(NEWS).update({
          documentId: release.documentId,
          locale,
          data: {
            organisation: organisationIds.get(pressReleaseAdditions.organisation),
            metaDescription: pressReleaseAdditions.metaDescription,
            tags: pressReleaseAdditions.tags.map((name) => ({ name })),
            relatedNews: relatedIds,
          } as never,
        });
        await strapi.documents(NEWS).publish({ documentId: release.documentId, locale } as never);
      }

      for (const course of courses) {
        if (await findBy(strapi, COURSE, { slug: course.slug })) continue;
        const { themes, slug, title, provider, yhPoints, pace, mode, municipalityCode, region, startDate, applicationDeadline } = course;
        await strapi.documents(COURSE).create({
          locale,
          status: 'published',
          data: {
            slug,
            title,
            provider,
            yhPoints,
            pace,
            mode,
            municipalityCode,
            region,
            startDate,
            applicationDeadline,
            themes: themes.map((theme) => ({ theme })),
            applyUrl: courseApplyUrl(course),
            description: courseDescription(course),
            isExample: true,
          } as never,
        });
      }

      const singles: [string, Record<string, unknown>][] = [
        [ABOUT, aboutPage],
        [MIND_THE_GAP, mindTheGapPage],
        [ACCESSIBILITY, accessibilityStatement],
      ];
      if (emblem !== null) {
        singles.push([
          FUNDING,
          {
            heading: fundingStatement.heading,
            body: fundingStatement.body,
            financiers: fundingStatement.financiers,
            emblem: { file: emblem, alt: fundingStatement.emblem.alt },
          },
        ]);
      }
      for (const [uid, data] of singles) {
        if (await strapi.documents(uid as never).findFirst({ locale, status: 'draft' } as never)) continue;
        await strapi.documents(uid as never).create({ locale, status: 'published', data } as never);
      }
    });
  } catch (error) {
    const uploads = strapi.plugin('upload').service('upload') as { remove(file: unknown): Promise<unknown> };
    for (const file of uploaded) {
      const row = await strapi.db.query('plugin::upload.file').findOne({ where: { id: file.id } });
      if (row) await uploads.remove(row).catch(() => undefined);
    }
    throw error;
  }
}

/**
 * Seed version 3: what to ask each partner about (the Kontakt page's guide), for profiles seeded
 * before the field existed. A profile is only touched while its field is empty and it has no
 * unpublished edits, so publishing it cannot put an editor's half-finished change live.
 */
export async function seedContactGuide(strapi: Core.Strapi) {
  const profiles = strapi.documents(ORGANISATION as never);
  for (const organisation of organisations) {
    if (!organisation.contactFor) continue;
    const draft = (await profiles.findFirst({ filters: { name: organisation.name }, locale, status: 'draft' } as never)) as
      (Doc & { contactFor: string | null; updatedAt: string }) | null;
    const published = draft
      ? ((await profiles.findFirst({ filters: { documentId: draft.documentId }, locale, status: 'published' } as never)) as { publishedAt: string } | null)
      : null;
    if (!draft || draft.contactFor || !published || Date.parse(draft.updatedAt) > Date.parse(published.publishedAt)) continue;
    await profiles.update({ documentId: draft.documentId, locale, data: { contactFor: organisation.contactFor } } as never);
    await profiles.publish({ documentId: draft.documentId, locale } as never);
  }
}
