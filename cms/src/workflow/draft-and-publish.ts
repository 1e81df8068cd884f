/**
 * What every save of a news item or a course tip goes through, besides its own rules: the
 * schedule (docs/decisions/0025) and the review hand-over (docs/decisions/0029). Publishing
 * writes the published version as a new row carrying the draft's documentId, so a create that
 * continues a stored draft is a publication.
 */
import { checkPublishAllowed, checkSchedule } from '../scheduling/rules';
import { endReviewOnPublish, stampReview } from '../review/hand-over';
import { storedDraft } from '../validation/lifecycle';

type Data = Record<string, unknown>;
type Event = { model: { uid: string }; params: { data?: Data; where?: unknown } };

/** On create; returns the draft being published, or null for a new document. */
export async function beforeDocumentCreate(event: Event, data: Data): Promise<Data | null> {
  const draft = await storedDraft(event);
  if (draft) {
    checkPublishAllowed(draft);
    await endReviewOnPublish(event.model.uid, draft, data);
  } else {
    checkSchedule(null, data);
    stampReview(null, data);
  }
  return draft;
}

/** On a save over `stored` (the row being updated, or null when there is none). */
export function beforeDocumentUpdate(stored: Data | null, data: Data): void {
  checkSchedule(stored, data);
  stampReview(stored, data);
}
