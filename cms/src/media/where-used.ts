/**
 * Where files are used: every document (draft or published) that shows them, directly in a media
 * field or through a component such as the credited image of a news item's cover. Read from
 * Strapi's own tables: `files_related_mph` links a file to an entry or a component, and each
 * content type's `<table>_cmps` links its components to it.
 */
import type { Core } from '@strapi/strapi';

export interface Use {
  type: string;
  title: string;
  published: boolean;
}

type Schema = { uid: string; collectionName: string; info: { displayName: string }; attributes: Record<string, { type: string }> };

export async function whereUsed(strapi: Core.Strapi, fileIds: number[]): Promise<Use[]> {
  if (!fileIds.length) return [];
  const knex = strapi.db.connection;
  const links = (await knex('files_related_mph').whereIn('file_id', fileIds).select('related_id', 'related_type')) as {
    related_id: number;
    related_type: string;
  }[];
  const types = Object.values(strapi.contentTypes as unknown as Record<string, Schema>).filter((schema) => schema.uid.startsWith('api::'));
  const entries: { uid: string; id: number }[] = [];
  for (const link of links) {
    if (link.related_type.startsWith('api::')) {
      entries.push({ uid: link.related_type, id: link.related_id });
      continue;
    }
    for (const schema of types) {
      if (!Object.values(schema.attributes).some((attribute) => attribute.type === 'component' || attribute.type === 'dynamiczone')) continue;
      const parents = (await knex(`${schema.collectionName}_cmps`)
        .where({ cmp_id: link.related_id, component_type: link.related_type })
        .select('entity_id')) as { entity_id: number }[];
      for (const parent of parents) entries.push({ uid: schema.uid, id: parent.entity_id });
    }
  }
  const uses = new Map<string, Use>();
  for (const { uid, id } of entries) {
    const schema = types.find((type) => type.uid === uid);
    const row = (await strapi.db.query(uid as never).findOne({ where: { id } as never })) as Record<string, unknown> | null;
    if (!schema || !row) continue;
    const key = `${uid}:${row.documentId}`;
    const use = uses.get(key) ?? { type: schema.info.displayName, title: String(row.title ?? row.name ?? schema.info.displayName), published: false };
    use.published ||= row.publishedAt !== null && row.publishedAt !== undefined;
    uses.set(key, use);
  }
  return [...uses.values()];
}
