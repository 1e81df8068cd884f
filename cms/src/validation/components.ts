import type { Core } from '@strapi/strapi';
import { imageProblems } from '@spik/shared';
import { refuse } from './rules';

/**
 * Strapi skips `required` checks while an entry is a draft, so an image could be saved without
 * alternative text and only fail at publishing, or never if nobody publishes it. Every image
 * component is therefore checked on each write, drafts included, by the shared rule the edit view
 * also runs. The message names the image by its file, as the component does not know its field.
 */
const IMAGE_COMPONENTS = ['media.credited-image', 'media.logo'];

async function fileOf(strapi: Core.Strapi, file: unknown): Promise<{ name?: string } | null> {
  const id = typeof file === 'object' && file !== null ? (file as { id?: unknown }).id : file;
  if (typeof id !== 'number' && typeof id !== 'string') return null;
  return (await strapi.db.query('plugin::upload.file').findOne({ where: { id }, select: ['name'] })) as { name?: string } | null;
}

async function checkAlt(strapi: Core.Strapi, data: Record<string, unknown> | undefined, creating: boolean) {
  if (!data) return;
  if (!creating && !('alt' in data)) return;
  const problems = imageProblems({ alt: data.alt, file: await fileOf(strapi, data.file) }, [], 'Bilden');
  refuse(problems);
}

export function subscribeImageComponentChecks(strapi: Core.Strapi) {
  strapi.db.lifecycles.subscribe({
    models: IMAGE_COMPONENTS,
    async beforeCreate(event) {
      await checkAlt(strapi, event.params.data as Record<string, unknown>, true);
    },
    async beforeUpdate(event) {
      await checkAlt(strapi, event.params.data as Record<string, unknown>, false);
    },
  });
}
