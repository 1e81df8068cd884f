import type { Core } from '@strapi/strapi';
import { ensureApiToken } from '../api-token';
import { DEFAULT_LOCALE } from '../provision';
import { completeAccessibilityStatement } from './accessibility-seed';
import { seedContactGuide, seedEditorial } from './editorial-seed';
import { seedFinalReport } from './final-report';
import { pressRelease, pressReleaseImages } from './press-release';
import { uploadSeedImage } from './upload';

/**
 * Bumped whenever new seed content is added. Seeding runs once per version, so content an
 * editor deletes afterwards stays deleted (see docs/decisions/0006-cms-provisioning.md).
 */
const SEED_VERSION = 5;
const SEED_STORE = { type: 'core' as const, name: 'spik', key: 'seed-version' };

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
  if (done < 5) await seedFinalReport(strapi);
  if (done >= 2 && done < 5) await completeAccessibilityStatement(strapi);
  await store.set({ key: SEED_STORE.key, value: SEED_VERSION });
  strapi.log.info('SPIK seed content loaded.');
}
