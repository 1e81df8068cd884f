/**
 * Scheduled publishing's rules for a save (the lifecycles of news items and course tips call it):
 * a time set or changed must lie ahead, the take-down comes after the publication, and a document
 * scheduled for later cannot be published by hand before its time, so it is never visible early.
 */
import { ValidationError } from '../validation/errors';

type Data = Record<string, unknown>;

const instant = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const time = value instanceof Date ? value.getTime() : Date.parse(String(value));
  return Number.isNaN(time) ? null : time;
};
// Editors read Stockholm time: "2 december 2026 kl. 10.00".
const day = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' });
const clock = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' });
const shown = (time: number) => `${day.format(time)} kl. ${clock.format(time).replace(':', '.')}`;

/** `stored` is the draft being saved over (null for a new document); `incoming` the fields sent. */
export function checkSchedule(stored: Data | null, incoming: Data, now = Date.now()): void {
  const merged = { ...(stored ?? {}), ...incoming };
  const publishAt = instant(merged.publishAt);
  const unpublishAt = instant(merged.unpublishAt);
  const changed = (field: string) => field in incoming && instant(incoming[field]) !== instant(stored?.[field]);
  if (changed('publishAt') && publishAt !== null && publishAt <= now) {
    throw new ValidationError(`Tiden för automatisk publicering (${shown(publishAt)}) har redan passerat. Välj en tid framåt, eller publicera direkt.`);
  }
  if ((changed('unpublishAt') || changed('publishAt')) && unpublishAt !== null) {
    if (unpublishAt <= now) throw new ValidationError(`Tiden för automatisk avpublicering (${shown(unpublishAt)}) har redan passerat. Välj en tid framåt.`);
    if (publishAt !== null && unpublishAt <= publishAt) {
      throw new ValidationError(`Avpubliceringen (${shown(unpublishAt)}) måste vara efter publiceringen (${shown(publishAt)}).`);
    }
  }
  if (changed('proposedPublishAt')) {
    const proposed = instant(merged.proposedPublishAt);
    if (proposed !== null && proposed <= now)
      throw new ValidationError(`Den föreslagna publiceringstiden (${shown(proposed)}) har redan passerat. Föreslå en tid framåt.`);
  }
}

/** Publishing writes the draft's fields as the published version; a draft scheduled for later may not. */
export function checkPublishAllowed(draft: Data | null, now = Date.now()): void {
  const publishAt = instant(draft?.publishAt);
  if (publishAt !== null && publishAt > now) {
    throw new ValidationError(
      `Den här är schemalagd att publiceras ${shown(publishAt)} och kan inte publiceras före dess. Ta bort tiden i ”Publicera automatiskt” för att publicera nu.`,
    );
  }
}
