import type { Core } from '@strapi/strapi';
import { runCourseSync } from '../src/course-sync/run';
import { publishDue } from '../src/scheduling/publisher';
import { describeRun } from '../src/course-sync/status';
import { SUSA_NAVET_DEFAULT_URL } from '../src/course-sync/susa-client';

const nightlySync = process.env.COURSE_SYNC_NIGHTLY !== 'false';

export default {
  // Every five seconds: a scheduled press release is out within 15 s of its time (docs/decisions/0025-scheduled-publishing.md).
  scheduledPublishing: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      const { published, unpublished } = await publishDue(strapi);
      if (published || unpublished) strapi.log.info(`Scheduled publishing: ${published} published, ${unpublished} taken down.`);
    },
    options: { rule: '*/5 * * * * *' },
  },
  // Nightly, when few editors work and Susa-navet has published the day's changes.
  ...(nightlySync && {
    courseSync: {
      task: async ({ strapi }: { strapi: Core.Strapi }) => {
        const report = await runCourseSync(strapi, { susaUrl: process.env.SUSA_NAVET_URL || SUSA_NAVET_DEFAULT_URL });
        strapi.log[report.outcome === 'lyckades' ? 'info' : 'warn'](describeRun(report));
      },
      options: { rule: process.env.COURSE_SYNC_SCHEDULE || '15 3 * * *', tz: 'Europe/Stockholm' },
    },
  }),
};
