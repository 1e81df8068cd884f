/**
 * What one sync will do to the catalogue, decided before anything is written: which courses to
 * create, update and take down, and whether the result is believable. Pure, so the guard against
 * an empty or truncated answer is tested without a CMS.
 */
import type { CourseFromSusa } from './mapping';

export interface StoredCourse {
  documentId: string;
  susaEventId: string;
  susaInfoId: string | null;
  susaProviderId: string | null;
  slug: string;
  published: boolean;
  sourceUpdatedAt: string | null;
  sourceStatus: string | null;
  sourceExpiresAt: string | null;
}

export type Evaluated = { eventId: string; course: CourseFromSusa } | { eventId: string; skip: string; status: 'installd' | 'utgangen' | 'borttagen' | null };

export interface SyncPlan {
  create: CourseFromSusa[];
  update: { stored: StoredCourse; course: CourseFromSusa }[];
  takeDown: { stored: StoredCourse; reason: string; status: 'installd' | 'utgangen' | 'borttagen' }[];
  unchanged: number;
  skipped: Map<string, number>;
}

/** A sync that would take down more than this share of the published imported courses refuses. */
export const MAX_TAKE_DOWN_SHARE = 0.5;
/** …unless the catalogue is this small, where one or two cancellations are a large share. */
export const GUARD_FROM = 4;

export function planSync(evaluated: Evaluated[], stored: StoredCourse[], { full, now }: { full: boolean; now: string }): SyncPlan {
  const byEvent = new Map(stored.map((course) => [course.susaEventId, course]));
  const plan: SyncPlan = { create: [], update: [], takeDown: [], unchanged: 0, skipped: new Map() };
  const seen = new Set<string>();
  for (const item of evaluated) {
    seen.add(item.eventId);
    const existing = byEvent.get(item.eventId);
    if ('course' in item) {
      if (!existing) plan.create.push(item.course);
      else if (!existing.published || existing.sourceStatus !== 'aktiv' || existing.sourceUpdatedAt !== item.course.sourceUpdatedAt)
        plan.update.push({ stored: existing, course: item.course });
      else plan.unchanged++;
      continue;
    }
    if (existing?.published) plan.takeDown.push({ stored: existing, reason: item.skip, status: item.status ?? 'utgangen' });
    else plan.skipped.set(item.skip, (plan.skipped.get(item.skip) ?? 0) + 1);
  }
  // An incremental read only lists what changed; an event that simply ran out is not among them.
  for (const course of stored) {
    if (course.published && !seen.has(course.susaEventId) && course.sourceExpiresAt && course.sourceExpiresAt < now) {
      seen.add(course.susaEventId);
      plan.takeDown.push({ stored: course, reason: 'utgången', status: 'utgangen' });
    }
  }
  // A full read lists every live event: a published course it no longer lists is gone at the source.
  if (full) {
    for (const course of stored) {
      if (course.published && !seen.has(course.susaEventId))
        plan.takeDown.push({ stored: course, reason: 'finns inte längre hos Susa-navet', status: 'borttagen' });
    }
  }
  return plan;
}

/** Null when the plan is believable; otherwise why it is refused, in Swedish. */
export function implausible(plan: SyncPlan, stored: StoredCourse[]): string | null {
  const published = stored.filter((course) => course.published).length;
  if (published < GUARD_FROM || plan.takeDown.length <= published * MAX_TAKE_DOWN_SHARE) return null;
  return `Synken skulle ta ner ${plan.takeDown.length} av ${published} publicerade kurser från Skolverket på en gång (över ${MAX_TAKE_DOWN_SHARE * 100} %). Det tyder på ett tomt eller avkortat svar från Susa-navet, så inget har ändrats. Kör med --force om det ändå stämmer.`;
}
