import { publicationProblems } from '@spik/shared';
import { refuse } from './rules';

type Event = { model: { uid: string }; params: { data?: Record<string, unknown> } };

/**
 * Publication-only rules (`publicationProblems` in @spik/shared, decision 0034). Every way of
 * publishing in Strapi 5 (Publicera in the admin, `?status=published` on a REST write, the document
 * service's publish) ends in `publishEntry`, which creates the published row from the stored draft
 * inside the same transaction: so the draft, with its components, is what is checked, and a refusal
 * rolls the whole publication back.
 */
export async function refusePublicationIfIncomplete(event: Event): Promise<void> {
  const data = event.params.data ?? {};
  if (!data.publishedAt || !data.documentId) return;
  const uid = event.model.uid;
  const where: Record<string, unknown> = { documentId: data.documentId, publishedAt: null };
  if (typeof data.locale === 'string') where.locale = data.locale;
  const draft = (await strapi.db.query(uid as never).findOne({ where: where as never, populate: true as never })) as Record<string, unknown> | null;
  refuse(publicationProblems(uid, draft ?? data));
}
