import type { Core } from '@strapi/strapi';
import { componentLabels, contentTypeLabels, type FieldText } from './labels';
import { COURSE_UID } from '@spik/shared';

type Metadata = { edit?: Record<string, unknown>; list?: Record<string, unknown> };
type Configuration = { metadatas?: Record<string, Metadata>; layouts?: { list?: string[] } & Record<string, unknown> } & Record<string, unknown>;
type ConfigService = {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, configuration: Configuration): Promise<unknown>;
};

/** Applies a Swedish label where Strapi's default (the field name) is still in place. */
function withSwedish(configuration: Configuration, fields: Record<string, FieldText>) {
  const metadatas = structuredClone(configuration.metadatas ?? {});
  let changed = false;
  for (const [field, text] of Object.entries(fields)) {
    const meta = metadatas[field];
    if (!meta) continue;
    const edit = (meta.edit ??= {});
    const list = (meta.list ??= {});
    if (edit.label === field || !edit.label) {
      edit.label = text.label;
      changed = true;
    }
    if (text.description && !edit.description) {
      edit.description = text.description;
      changed = true;
    }
    if (text.visible === false && edit.visible !== false) {
      edit.visible = false;
      changed = true;
    }
    if (text.editable === false && edit.editable !== false) {
      edit.editable = false;
      changed = true;
    }
    const listLabel = text.listLabel ?? text.label;
    if (list.label !== listLabel && (list.label === field || list.label === text.label || (!list.label && 'searchable' in list))) {
      list.label = listLabel;
      changed = true;
    }
  }
  return changed ? { ...configuration, metadatas } : null;
}

async function apply(service: ConfigService, labels: Record<string, Record<string, FieldText>>, strapi: Core.Strapi) {
  for (const [uid, fields] of Object.entries(labels)) {
    const configuration = await service.findConfiguration({ uid });
    const updated = withSwedish(configuration, fields);
    if (!updated) continue;
    // Only the metadatas are written; Strapi keeps the stored settings and layouts as they are.
    await service.updateConfiguration({ uid }, { metadatas: updated.metadatas });
    strapi.log.debug(`Swedish Content Manager labels applied to ${uid}`);
  }
}

/**
 * The list views editors work from: what an item is (or where a course comes from) and when it
 * goes out and comes down, newest first, so the Status column fits at 1440 px; what waits for
 * review is on the home page. Written once per version (kept in Strapi's store), so a later
 * "Configure the view" by an editor is kept.
 */
const LIST_VIEWS: Record<string, string[]> = {
  'api::news-item.news-item': ['title', 'category', 'publishAt', 'unpublishAt'],
  [COURSE_UID]: ['title', 'source', 'publishAt', 'unpublishAt'],
};
const LIST_VIEWS_VERSION = 5;

async function applyListViews(service: ConfigService, strapi: Core.Strapi) {
  const marker = { type: 'plugin', name: 'spik', key: 'list-views-version' } as const;
  if (((await strapi.store.get(marker)) as number | null) === LIST_VIEWS_VERSION) return;
  for (const [uid, list] of Object.entries(LIST_VIEWS)) {
    const configuration = await service.findConfiguration({ uid });
    const settings = { ...(configuration.settings as Record<string, unknown>), defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' };
    await service.updateConfiguration({ uid }, { settings, layouts: { ...configuration.layouts, list } });
  }
  await strapi.store.set({ ...marker, value: LIST_VIEWS_VERSION });
}

/** Swedish labels and help texts in the Content Manager (edit and list views), and the list columns editors need. */
export async function applyEditorLabels(strapi: Core.Strapi) {
  const cm = strapi.plugin('content-manager');
  await apply(cm.service('content-types') as ConfigService, contentTypeLabels, strapi);
  await apply(cm.service('components') as ConfigService, componentLabels, strapi);
  await applyListViews(cm.service('content-types') as ConfigService, strapi);
}
