import cronTasks from './cron-tasks';

export default ({ env }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: env.array('APP_KEYS') },
  // The machine has no route to Strapi's update server; the check would only add noise to the logs.
  logger: { updates: { enabled: false } },
  // The nightly course sync (docs/decisions/0024-course-sync.md); COURSE_SYNC_NIGHTLY=false turns it off.
  cron: { enabled: env.bool('COURSE_SYNC_NIGHTLY', true), tasks: cronTasks },
});
