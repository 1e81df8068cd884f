import path from 'node:path';

// Embedded SQLite by default so a fresh clone runs with nothing installed;
// PostgreSQL as soon as CMS_DATABASE_URL is set (see docs/decisions/0004-embedded-databases.md).
export default ({ env }) => {
  const url = env('CMS_DATABASE_URL', '');
  if (url) {
    return {
      connection: {
        client: 'postgres',
        connection: { connectionString: url, schema: env('CMS_DATABASE_SCHEMA', 'public') },
        pool: { min: 0, max: env.int('CMS_DATABASE_POOL_MAX', 10) },
      },
    };
  }
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(env('CMS_DATABASE_FILENAME', path.join('.data', 'cms.db'))) },
      useNullAsDefault: true,
    },
  };
};
