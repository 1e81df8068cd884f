import type { Core } from '@strapi/strapi';
import { runCourseSync } from '../src/course-sync/run';
import { describeRun } from '../src/course-sync/status';
import { SUSA_NAVET_DEFAULT_URL } from '../src/course-sync/susa-client';

/** Nightly, when few editors work and Susa-navet has published the day's changes. */
export default {
  courseSync: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      const report = await runCourseSync(strapi, { susaUrl: process.env.SUSA_NAVET_URL || SUSA_NAVET_DEFAULT_URL });
      strapi.log[report.outcome === 'lyckades' ? 'info' : 'warn'](describeRun(report));
    },
    options: { rule: process.env.COURSE_SYNC_SCHEDULE || '15 3 * * *', tz: 'Europe/Stockholm' },
  },
};
