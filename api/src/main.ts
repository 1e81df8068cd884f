import 'reflect-metadata';
import { Redis } from 'ioredis';
import { readConfig } from './config.js';
import { ContentCache } from './content/content-cache.js';
import { ContentGateway } from './content/content-gateway.js';
import { StrapiClient } from './content/strapi-client.js';
import { startAdminChannel } from './admin-channel/channel.js';
import { adminCommands } from './admin-channel/commands.js';
import { adminSocketPath } from './admin-channel/socket-path.js';
import { ensureDemoKeys } from './auth/demo-keys.js';
import { DataVersion } from './db/data-version.js';
import { isEmbeddedOnDisk, openDatabase } from './db/orm.js';
import { createServer } from './http/server.js';
import { generateDemoData, hasDemoData, hasProjectData } from './project-data/demo-data.js';
import { seedOrganisations } from './project-data/organisations.seed.js';
import { seedProject } from './project-data/project.seed.js';

const config = readConfig();
const db = await openDatabase(config);
await db.migrate();
await seedProject(db.em);
await seedOrganisations(db.em);
if (config.demoData && !(await hasDemoData(db.em)) && !(await hasProjectData(db.em))) {
  // A fresh embedded database gets demo data so every page has figures to show (labelled as demo).
  await generateDemoData(db.em, { companies: 100, participants: 1380, enrolmentsPerParticipant: 2 });
}

// Without lazyConnect the first commands queue until Redis answers; offline queueing is off so a
// Redis outage fails fast and the rate limit falls back to each instance's own counts.
const redis = config.redisUrl ? new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : undefined;
const strapi = new StrapiClient({ baseUrl: config.cmsUrl, token: config.cmsToken, timeoutMs: config.cmsTimeoutMs });
if (config.demoKeysFile) await ensureDemoKeys(db.em, config.demoKeysFile);
const dataVersion = new DataVersion();
const app = await createServer({
  db,
  dataVersion,
  strapi,
  content: new ContentGateway(strapi, config.publicUrl, new ContentCache(config.contentFreshMs)),
  indicatorOptions: { threshold: config.suppressionThreshold },
  webhookSecret: config.cmsWebhookSecret,
  previewSecret: config.previewSecret,
  logger: true,
  redis,
  rateLimitExempt: config.rateLimitExempt,
  corsOrigins: config.corsOrigins,
  trustProxy: config.trustProxy,
  executionTimeoutMs: config.executionTimeoutMs,
  warmUpIndicators: true,
});
await app.listen({ host: config.host, port: config.port });
// PGlite is this process's alone: the key, import and demo-data CLIs hand their work to us.
const adminChannel = isEmbeddedOnDisk(config)
  ? await startAdminChannel(adminSocketPath(config.pgliteDir), { em: db.em, dataVersion }, adminCommands)
  : undefined;

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Finish requests in flight, then release the database.
    void app
      .close()
      .then(() => adminChannel?.close())
      .then(() => db.close())
      .then(() => redis?.quit())
      .then(() => process.exit(0));
  });
}
