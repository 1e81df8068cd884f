import { startTestCms } from '../../scripts/lib/testing.mjs';

type Options = NonNullable<Parameters<typeof startTestCms>[0]>;

/**
 * startTestCms, but an SQLite Strapi really gets SQLite: startCms only sets CMS_DATABASE_URL for
 * PostgreSQL and the child inherits the test process's environment, so with CMS_DATABASE_URL set
 * (to run the PostgreSQL half) the "SQLite" Strapi would otherwise use that server's database.
 */
export async function startCmsOn(engine: string, options: Omit<Options, 'engine'> = {}) {
  if (engine === 'postgres') return startTestCms({ engine, ...options });
  const saved = process.env.CMS_DATABASE_URL;
  process.env.CMS_DATABASE_URL = '';
  try {
    return await startTestCms({ engine, ...options });
  } finally {
    if (saved === undefined) delete process.env.CMS_DATABASE_URL;
    else process.env.CMS_DATABASE_URL = saved;
  }
}
