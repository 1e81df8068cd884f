import type { Core } from '@strapi/strapi';
import { SYNC_ONLY_FIELDS } from './course-sync/context';
import { WEBHOOK_SECRET_HEADER, COURSE_UID as COURSE } from '@spik/shared';

/** Everything the bootstrap ensures on every start (idempotently), apart from the seed content. */

// ---------------------------------------------------------------------------------------------
// Locales: Swedish is the default, English is available.

export const DEFAULT_LOCALE = 'sv';
const LOCALES = [
  { code: 'sv', name: 'Svenska (sv)' },
  { code: 'en', name: 'English (en)' },
];

export async function ensureLocales(strapi: Core.Strapi) {
  const locales = strapi.plugin('i18n').service('locales') as {
    findByCode(code: string): Promise<{ id: number } | null>;
    create(locale: { code: string; name: string }): Promise<unknown>;
    getDefaultLocale(): Promise<string>;
    setDefaultLocale(locale: { code: string }): Promise<unknown>;
  };
  for (const locale of LOCALES) {
    if (!(await locales.findByCode(locale.code))) await locales.create(locale);
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
}

// ---------------------------------------------------------------------------------------------
// Editorial admin roles. The permissions below are the source of truth: they are re-applied at
// every start, so changes made to these two roles in the admin panel do not survive a restart.

const NEWS = 'api::news-item.news-item';
const ORGANISATION = 'api::organisation-profile.organisation-profile';
const CONTACT = 'api::contact-person.contact-person';
const SINGLE_TYPES = [
  'api::about-page.about-page',
  'api::mind-the-gap-page.mind-the-gap-page',
  'api::accessibility-statement.accessibility-statement',
  'api::funding-statement.funding-statement',
  'api::final-report.final-report',
];
const COURSE_SYNC_STATUS = 'api::course-sync-status.course-sync-status';
const cm = (action: string) => `plugin::content-manager.explorer.${action}`;
/** Fields no editor writes: the course sync sets them (docs/decisions/0024-course-sync.md). */
const WRITTEN_BY_SYNC: Record<string, readonly string[]> = { [COURSE]: SYNC_ONLY_FIELDS };
/** A Skribent proposes a time; only a Redaktör schedules (docs/decisions/0025-scheduled-publishing.md). */
const SCHEDULE_FIELDS = ['publishAt', 'unpublishAt'];
/** Who asked for a review and when is stamped by the server; only a Redaktör writes the comment (docs/decisions/0029-review-queue.md). */
const REVIEW_STAMPS = ['reviewRequestedBy', 'reviewRequestedAt'];

type RoleSpec = { name: string; code: string; description: string; grants: Record<string, string[]>; withoutFields?: string[] };

export const EDITOR_ROLE: RoleSpec = {
  name: 'Redaktör',
  code: 'spik-redaktor',
  description:
    'Skapar, redigerar, publicerar och tar bort nyheter och kurstips; redigerar och publicerar organisationer, kontaktpersoner och de fasta sidorna; laddar upp och tar bort media.',
  grants: {
    [NEWS]: ['create', 'read', 'update', 'delete', 'publish'],
    [COURSE]: ['create', 'read', 'update', 'delete', 'publish'],
    // A Redaktör also publishes what they edit (docs/decisions/0027-editor-roles.md).
    [ORGANISATION]: ['read', 'update', 'publish'],
    [CONTACT]: ['read', 'update', 'publish'],
    ...Object.fromEntries(SINGLE_TYPES.map((uid) => [uid, ['read', 'update', 'publish']])),
    [COURSE_SYNC_STATUS]: ['read'],
    // Visitors' feedback: read and, once handled, deleted; never written or shown to a Skribent (decision 0034).
    'api::feedback-message.feedback-message': ['read', 'delete'],
  },
  withoutFields: REVIEW_STAMPS,
};

export const WRITER_ROLE: RoleSpec = {
  name: 'Skribent',
  code: 'spik-skribent',
  description: 'Skriver utkast till nyheter och kurstips och skickar dem för granskning, men kan inte publicera; laddar upp media.',
  grants: {
    [NEWS]: ['create', 'read', 'update'],
    [COURSE]: ['create', 'read', 'update'],
    // Read only, so the organisation of a news item can be picked.
    [ORGANISATION]: ['read'],
    [COURSE_SYNC_STATUS]: ['read'],
  },
  withoutFields: [...SCHEDULE_FIELDS, ...REVIEW_STAMPS, 'reviewComment'],
};

const UPLOAD_PERMISSIONS = [
  'plugin::upload.read',
  // Every media dialog reads the library's settings; without this each one met a 403.
  'plugin::upload.settings.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
].map((action) => ({ action, subject: null, properties: {}, conditions: [] }));

type Permission = { action: string; subject: string | null; properties: Record<string, unknown>; conditions: string[] };

function permissionsFor(strapi: Core.Strapi, spec: RoleSpec): Permission[] {
  const permissionService = strapi.service('admin::permission') as {
    actionProvider: { get(id: string): { actionId: string; subjects?: string[]; options?: unknown } | undefined };
  };
  const contentTypeService = strapi.service('admin::content-type') as {
    getPermissionsWithNestedFields(actions: unknown[]): { action: string; subject: string; properties: { fields?: string[] } }[];
  };
  const locales = LOCALES.map((l) => l.code);
  const permissions: Permission[] = [];
  for (const [uid, actions] of Object.entries(spec.grants)) {
    for (const action of actions) {
      const definition = permissionService.actionProvider.get(cm(action));
      if (!definition) throw new Error(`Unknown admin action ${cm(action)}`);
      const [permission] = contentTypeService.getPermissionsWithNestedFields([{ ...definition, subjects: [uid] }]);
      if (!permission) throw new Error(`No permission for ${cm(action)} on ${uid}`);
      const properties: Record<string, unknown> = { ...permission.properties, locales };
      if (properties.fields === undefined) delete properties.fields;
      const withheld = [...(WRITTEN_BY_SYNC[uid] ?? []), ...(spec.withoutFields ?? [])];
      if (withheld.length && (action === 'create' || action === 'update') && Array.isArray(properties.fields)) {
        properties.fields = (properties.fields as string[]).filter((field) => !withheld.includes(field));
      }
      permissions.push({ action: permission.action, subject: uid, properties, conditions: [] });
    }
  }
  return [...permissions, ...UPLOAD_PERMISSIONS];
}

export async function ensureEditorialRoles(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role') as {
    findOne(where: Record<string, unknown>): Promise<{ id: number } | null>;
    create(attrs: Record<string, unknown>): Promise<{ id: number }>;
    update(where: Record<string, unknown>, attrs: Record<string, unknown>): Promise<unknown>;
    assignPermissions(roleId: number, permissions: Permission[]): Promise<unknown>;
  };
  const ids: Record<string, number> = {};
  for (const spec of [EDITOR_ROLE, WRITER_ROLE]) {
    let role = (await roles.findOne({ code: spec.code })) ?? (await roles.findOne({ name: spec.name }));
    if (!role) {
      role = await roles.create({ name: spec.name, code: spec.code, description: spec.description });
      strapi.log.info(`Admin role ${spec.name} created.`);
    }
    await roles.assignPermissions(role.id, permissionsFor(strapi, spec));
    ids[spec.code] = role.id;
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Demo editor and writer, only in embedded (demo) mode, i.e. when the demo admin exists.

export const DEMO_EDITOR_EMAIL = 'redaktor.demo@spik.example';
export const DEMO_WRITER_EMAIL = 'skribent.demo@spik.example';

export async function ensureDemoEditors(strapi: Core.Strapi, roleIds: Record<string, number>) {
  const password = process.env.CMS_DEMO_ADMIN_PASSWORD;
  if (!process.env.CMS_DEMO_ADMIN_EMAIL || !password) return;
  const users = strapi.service('admin::user') as {
    exists(where: Record<string, unknown>): Promise<boolean>;
    create(attrs: Record<string, unknown>): Promise<unknown>;
  };
  const demo = [
    { email: DEMO_EDITOR_EMAIL, firstname: 'Demo', lastname: 'Redaktör (exempel)', role: roleIds[EDITOR_ROLE.code] },
    { email: DEMO_WRITER_EMAIL, firstname: 'Demo', lastname: 'Skribent (exempel)', role: roleIds[WRITER_ROLE.code] },
  ];
  for (const user of demo) {
    if (await users.exists({ email: user.email })) continue;
    await users.create({
      email: user.email,
      firstname: user.firstname,
      lastname: user.lastname,
      password,
      isActive: true,
      registrationToken: null,
      preferedLanguage: 'sv',
      roles: [user.role],
    });
    strapi.log.info(`Demo user ${user.email} created.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Webhook that tells the API to purge its cache when content changes.

export const WEBHOOK_NAME = 'spik-api-purge';
const WEBHOOK_EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish', 'media.create', 'media.update', 'media.delete'];

type Webhook = { id: string; name: string; url: string; headers: Record<string, string>; events: string[]; isEnabled: boolean };

export async function ensureWebhook(strapi: Core.Strapi) {
  const url = process.env.CMS_WEBHOOK_URL;
  const secret = process.env.CMS_WEBHOOK_SECRET;
  if (!url || !secret) return;
  const store = strapi.get('webhookStore') as {
    findWebhooks(): Promise<Webhook[]>;
    createWebhook(data: Omit<Webhook, 'id' | 'isEnabled'>): Promise<Webhook>;
    updateWebhook(id: string, data: Omit<Webhook, 'id'>): Promise<Webhook | null>;
    getAllowedEvent?(key: string): string | undefined;
    allowedEvents?: Map<string, string>;
  };
  const runner = strapi.get('webhookRunner') as { add(webhook: Webhook): void; update(webhook: Webhook): void };
  const allowed = new Set(store.allowedEvents ? store.allowedEvents.values() : WEBHOOK_EVENTS);
  const wanted = {
    name: WEBHOOK_NAME,
    url,
    headers: { [WEBHOOK_SECRET_HEADER]: secret },
    events: WEBHOOK_EVENTS.filter((event) => allowed.has(event)),
  };
  const existing = (await store.findWebhooks()).find((webhook) => webhook.name === WEBHOOK_NAME);
  if (!existing) {
    runner.add(await store.createWebhook(wanted));
    strapi.log.info(`Webhook ${WEBHOOK_NAME} registered.`);
    return;
  }
  const same =
    existing.url === wanted.url &&
    existing.isEnabled &&
    JSON.stringify(existing.headers) === JSON.stringify(wanted.headers) &&
    JSON.stringify([...existing.events].sort()) === JSON.stringify([...wanted.events].sort());
  if (same) return;
  const updated = await store.updateWebhook(existing.id, { ...wanted, isEnabled: true });
  if (updated) runner.update(updated);
  strapi.log.info(`Webhook ${WEBHOOK_NAME} updated.`);
}
