import cronTasks from './cron-tasks';

export default ({ env }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: env.array('APP_KEYS') },
  // The machine has no route to Strapi's update server; the check would only add noise to the logs.
  logger: { updates: { enabled: false } },
  // Scheduled publishing and the nightly course sync (COURSE_SYNC_NIGHTLY=false turns the sync off).
  cron: { enabled: true, tasks: cronTasks },
});
