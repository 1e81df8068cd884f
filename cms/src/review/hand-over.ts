/**
 * The review hand-over between a Skribent and a Redaktör (docs/decisions/0029-review-queue.md).
 * The admin sends only the wanted state; who asked and when are stamped here, from the request's
 * admin user and the server's clock, so nobody can put a hand-over in someone else's name.
 * Publishing ends the hand-over on both the draft and the published version.
 */
import { refuse } from '../validation/rules';

type Data = Record<string, unknown>;
type AdminUser = { firstname?: string | null; lastname?: string | null; email?: string | null };

const CLEARED = { reviewStatus: null, reviewRequestedBy: null, reviewRequestedAt: null, reviewComment: null };

function requester(): string {
  const user = strapi.requestContext.get()?.state?.user as AdminUser | undefined;
  const name = [user?.firstname, user?.lastname].filter(Boolean).join(' ').trim();
  return name || user?.email || 'okänd användare';
}

/** On a draft save: a new "ready" is stamped, a "sent back" needs the Redaktör's comment. */
export function stampReview(stored: Data | null, incoming: Data, now = new Date()): void {
  delete incoming.reviewRequestedBy;
  delete incoming.reviewRequestedAt;
  if (!('reviewStatus' in incoming) || incoming.reviewStatus === (stored?.reviewStatus ?? null)) {
    if (incoming.reviewStatus !== 'atersand') delete incoming.reviewComment;
    return;
  }
  if (incoming.reviewStatus === 'klar') {
    Object.assign(incoming, { reviewRequestedBy: requester(), reviewRequestedAt: now, reviewComment: null });
  } else if (incoming.reviewStatus === 'atersand') {
    const comment = typeof incoming.reviewComment === 'string' ? incoming.reviewComment.trim() : '';
    refuse(
      comment ? [] : [{ path: ['reviewComment'], message: 'Skriv en kommentar till skribenten om vad som behöver ändras innan du skickar tillbaka texten.' }],
    );
    incoming.reviewComment = comment;
  } else {
    Object.assign(incoming, CLEARED);
  }
}

/** On publishing (the published version is created from the draft): the hand-over is over. */
export async function endReviewOnPublish(uid: string, draft: Data, published: Data): Promise<void> {
  Object.assign(published, CLEARED);
  if (draft.reviewStatus === null || draft.reviewStatus === undefined) return;
  // The database layer leaves updatedAt alone, so the draft does not turn "Modified" by this.
  await strapi.db.query(uid as never).update({ where: { id: draft.id }, data: CLEARED as never });
}
