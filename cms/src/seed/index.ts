import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../provision';
import { seedContactGuide, seedEditorial } from './editorial-seed';
import { pressRelease, pressReleaseImages } from './press-release';
import { uploadSeedImage } from './upload';

/**
 * Bumped whenever new seed content is added. Seeding runs once per version, so content an
 * editor deletes afterwards stays deleted (see docs/decisions/0006-cms-provisioning.md).
 */
const SEED_VERSION = 3;
const SEED_STORE = { type: 'core' as const, name: 'spik', key: 'seed-version' };
const API_TOKEN_NAME = 'spik-api';

/** The API reads Strapi with a read-only token whose secret comes from the environment. */
async function ensureApiToken(strapi: Core.Strapi) {
  const accessKey = process.env.CMS_API_TOKEN;
  if (!accessKey) {
    strapi.log.warn('CMS_API_TOKEN is not set: the API cannot read content until it is.');
    return;
  }
  const tokens = strapi.service('admin::api-token-content-api') as {
    hash(key: string): string;
    create(attrs: Record<string, unknown>): Promise<{ id: number }>;
  };
  const encryption = strapi.service('admin::encryption') as { encrypt(value: string): string };
  const query = strapi.db.query('admin::api-token');
  let token = await query.findOne({ where: { name: API_TOKEN_NAME } });
  if (!token) {
    token = await tokens.create({
      name: API_TOKEN_NAME,
      description: 'Används av SPIK:s GraphQL-API för att läsa publicerat innehåll (endast läsrätt).',
      type: 'read-only',
      lifespan: null,
    });
  }
  const hashed = tokens.hash(accessKey);
  if (token.accessKey !== hashed) {
    // Strapi always generates a random key; we replace it so the key can be provisioned from env.
    await query.update({
      where: { id: token.id },
      data: { accessKey: hashed, encryptedKey: encryption.encrypt(accessKey), type: 'read-only' },
    });
  }
}

/** In embedded (demo) mode a super admin is created so `npm start` can print a working login. */
async function ensureDemoAdmin(strapi: Core.Strapi) {
  const email = process.env.CMS_DEMO_ADMIN_EMAIL;
  const password = process.env.CMS_DEMO_ADMIN_PASSWORD;
  if (!email || !password) return;
  const users = strapi.service('admin::user') as {
    exists(where: Record<string, unknown>): Promise<boolean>;
    create(attrs: Record<string, unknown>): Promise<unknown>;
  };
  if (await users.exists({ email })) return;
  const roles = strapi.service('admin::role') as { getSuperAdmin(): Promise<{ id: number } | null> };
  const superAdmin = await roles.getSuperAdmin();
  if (!superAdmin) throw new Error('Strapi has no super admin role yet; cannot create the demo admin');
  await users.create({
    email,
    firstname: 'Demo',
    lastname: 'Redaktör',
    password,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  strapi.log.info(`Demo admin ${email} created.`);
}

async function seedPressRelease(strapi: Core.Strapi) {
  const [cover, ...more] = await Promise.all(
    pressReleaseImages.map(async (image) => ({
      file: (await uploadSeedImage(strapi, image.file, image.alt, image.credit)).id,
      alt: image.alt,
      credit: image.credit,
    })),
  );
  const { title, slug, lead, body, publishedDate, category } = pressRelease;
  await strapi.documents('api::news-item.news-item').create({
    data: { title, slug, lead, body, publishedDate, category, cover, images: more } as never,
    locale: DEFAULT_LOCALE,
    status: 'published',
  });
}

export async function seed(strapi: Core.Strapi) {
  await ensureApiToken(strapi);
  await ensureDemoAdmin(strapi);
  const store = strapi.store(SEED_STORE);
  const done = Number((await store.get({ key: SEED_STORE.key })) ?? 0);
  if (done >= SEED_VERSION) return;
  strapi.log.info(`Seeding SPIK content (version ${done} → ${SEED_VERSION})…`);
  if (done < 1) {
    await seedPressRelease(strapi);
    await store.set({ key: SEED_STORE.key, value: 1 });
  }
  if (done < 2) await seedEditorial(strapi, { upgradingFrom: done });
  if (done >= 2 && done < 3) await seedContactGuide(strapi);
  await store.set({ key: SEED_STORE.key, value: SEED_VERSION });
  strapi.log.info('SPIK seed content loaded.');
}
