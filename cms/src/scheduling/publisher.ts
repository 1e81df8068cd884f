/**
 * Publishes and takes down what is due, every few seconds (Strapi's cron, config/cron-tasks.ts),
 * through the document service, so the purge webhook fires and the site follows. Due times live
 * in the documents themselves, so a restart loses nothing; the claim makes one instance act.
 */
import type { Core } from '@strapi/strapi';
import { claim } from './claim';
import { COURSE_UID } from '@spik/shared';

export const SCHEDULED_TYPES = ['api::news-item.news-item', COURSE_UID] as const;
const CLAIM_MS = 60_000;

/** Documents whose publication failed (a rule refused it) are not retried every few seconds by this process. */
const failed = new Set<string>();

export async function publishDue(strapi: Core.Strapi, now = new Date()): Promise<{ published: number; unpublished: number }> {
  const release = await claim(strapi, 'scheduled-publishing', CLAIM_MS);
  if (!release) return { published: 0, unpublished: 0 };
  let published = 0;
  let unpublished = 0;
  try {
    const at = now.toISOString();
    for (const uid of SCHEDULED_TYPES) {
      const documents = strapi.documents(uid as never);
      const due = (await strapi.db.query(uid as never).findMany({
        where: { publishedAt: null, publishAt: { $lte: at } } as never,
        select: ['documentId', 'locale'],
      })) as { documentId: string; locale: string }[];
      for (const { documentId, locale } of due) {
        const key = `${uid}:${documentId}:${locale}`;
        if (failed.has(key)) continue;
        try {
          await strapi.db.transaction(async () => {
            // Cleared first: the draft then no longer counts as scheduled for later, and publishing copies it.
            await documents.update({ documentId, locale, data: { publishAt: null } } as never);
            await documents.publish({ documentId, locale } as never);
          });
          published++;
        } catch (error) {
          failed.add(key);
          strapi.log.warn(`Scheduled publication of ${uid} ${documentId} (${locale}) was refused: ${(error as Error).message}`);
        }
      }
      // Set on the draft, with or without publishing it again: the published version comes down at the time.
      const ending = (await strapi.db.query(uid as never).findMany({
        where: { unpublishAt: { $lte: at } } as never,
        select: ['documentId', 'locale'],
      })) as { documentId: string; locale: string }[];
      for (const { documentId, locale } of new Map(ending.map((row) => [`${row.documentId}:${row.locale}`, row])).values()) {
        const live = Boolean(
          await strapi.db.query(uid as never).findOne({ where: { documentId, locale, publishedAt: { $notNull: true } } as never, select: ['id'] }),
        );
        await strapi.db.transaction(async () => {
          if (live) await documents.unpublish({ documentId, locale } as never);
          await documents.update({ documentId, locale, data: { unpublishAt: null } } as never);
        });
        if (live) unpublished++;
      }
    }
  } finally {
    await release();
  }
  return { published, unpublished };
}
