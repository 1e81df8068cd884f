import type { Core } from '@strapi/strapi';
import { componentLabels, contentTypeLabels, type FieldText } from './labels';

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
    if (list.label === field || (!list.label && 'searchable' in list)) {
      list.label = text.label;
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

/** Columns the list views must show: when an item goes out and comes down, and where a course comes from. */
const LIST_COLUMNS: Record<string, string[]> = {
  'api::news-item.news-item': ['publishAt', 'unpublishAt'],
  'api::course.course': ['source', 'publishAt', 'unpublishAt'],
};

async function addListColumns(service: ConfigService) {
  for (const [uid, columns] of Object.entries(LIST_COLUMNS)) {
    const configuration = await service.findConfiguration({ uid });
    const list = configuration.layouts?.list ?? [];
    const missing = columns.filter((column) => !list.includes(column));
    if (!missing.length) continue;
    await service.updateConfiguration({ uid }, { layouts: { ...configuration.layouts, list: [...list, ...missing] } });
  }
}

/** Swedish labels and help texts in the Content Manager (edit and list views), and the list columns editors need. */
export async function applyEditorLabels(strapi: Core.Strapi) {
  const cm = strapi.plugin('content-manager');
  await apply(cm.service('content-types') as ConfigService, contentTypeLabels, strapi);
  await apply(cm.service('components') as ConfigService, componentLabels, strapi);
  await addListColumns(cm.service('content-types') as ConfigService);
}
