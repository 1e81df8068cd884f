import type { Core } from '@strapi/strapi';
import { ValidationError } from './errors';

/**
 * Strapi skips `required` checks while an entry is a draft, so an image could be saved without
 * alternative text and only fail at publishing, or never if nobody publishes it. Every image
 * component is therefore checked on each write, drafts included.
 */
const IMAGE_COMPONENTS = ['media.credited-image', 'media.logo'];

function checkAlt(data: Record<string, unknown> | undefined, creating: boolean) {
  if (!data) return;
  if (!creating && !('alt' in data)) return;
  const alt = typeof data.alt === 'string' ? data.alt.trim() : '';
  if (!alt) {
    throw new ValidationError(
      'Bilden saknar alternativtext. Beskriv kort vad bilden visar, så att den som inte ser bilden ändå får informationen.',
    );
  }
}

export function subscribeImageComponentChecks(strapi: Core.Strapi) {
  strapi.db.lifecycles.subscribe({
    models: IMAGE_COMPONENTS,
    async beforeCreate(event) {
      checkAlt(event.params.data as Record<string, unknown>, true);
    },
    async beforeUpdate(event) {
      checkAlt(event.params.data as Record<string, unknown>, false);
    },
  });
}
