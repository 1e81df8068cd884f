/** Helpers for content-type lifecycles: what an update will leave in the row. */
type Event = { model: { uid: string }; params: { data?: Record<string, unknown>; where?: unknown } };

/** The stored row merged with the incoming data (for cross-field checks on partial updates). */
export async function mergedWithStored(event: Event): Promise<Record<string, unknown>> {
  const data = event.params.data ?? {};
  if (!event.params.where) return { ...data };
  const stored = (await strapi.db.query(event.model.uid as never).findOne({ where: event.params.where as never })) as Record<string, unknown> | null;
  return { ...(stored ?? {}), ...data };
}

/**
 * The draft a create continues, or null for a new document: publishing writes the published
 * version as a new row with the draft's documentId.
 */
export async function storedDraft(event: Event): Promise<Record<string, unknown> | null> {
  const documentId = event.params.data?.documentId;
  if (!documentId) return null;
  return (await strapi.db.query(event.model.uid as never).findOne({ where: { documentId, publishedAt: null } as never })) as Record<string, unknown> | null;
}
