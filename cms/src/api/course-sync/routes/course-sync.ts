/**
 * POST /api/course-sync/runs: runs one course sync inside the running CMS, for
 * `pnpm --filter cms run courses:sync`. Not behind Strapi's auth: the caller proves it holds
 * COURSE_SYNC_SECRET from cms/.env, which only the machine's own user can read.
 */
export default {
  routes: [
    {
      method: 'POST',
      path: '/course-sync/runs',
      handler: 'course-sync.run',
      config: { auth: false, policies: [] },
    },
  ],
};
