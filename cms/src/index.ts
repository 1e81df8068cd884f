import type { Core } from '@strapi/strapi';
import { applyEditorLabels } from './editor/configure';
import { ensureDemoEditors, ensureEditorialRoles, ensureLocales, ensureWebhook } from './provision';
import { seed } from './seed';
import { subscribeImageComponentChecks } from './validation/components';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // A course's municipality, stored as SCB's code and picked by name in the admin (src/admin/choices).
    strapi.customFields.register({ name: 'municipality', type: 'string' });
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    subscribeImageComponentChecks(strapi);
    // Locales first: the seed writes Swedish entries into the default locale.
    await ensureLocales(strapi);
    const roleIds = await ensureEditorialRoles(strapi);
    await ensureDemoEditors(strapi, roleIds);
    await ensureWebhook(strapi);
    await applyEditorLabels(strapi);
    await seed(strapi);
  },
};
