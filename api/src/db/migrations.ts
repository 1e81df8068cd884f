import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126175944_initial } from './migrations/Migration20261126175944_initial.js';
import { Migration20261126181518_project_data } from './migrations/Migration20261126181518_project_data.js';
import { Migration20261201100000_key_digests } from './migrations/Migration20261201100000_key_digests.js';
import { Migration20261201130000_record_keys } from './migrations/Migration20261201130000_record_keys.js';
import { Migration20261201190000_reporting_snapshots } from './migrations/Migration20261201190000_reporting_snapshots.js';

/**
 * The explicit, ordered list of committed migrations. It lives outside `migrations/` so that the
 * folder holds nothing but migrations (docs/decisions/0005-migrations.md).
 * Add one with `pnpm --filter api migration:create <name>` and append it here.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261126175944_initial', class: Migration20261126175944_initial },
  { name: 'Migration20261126181518_project_data', class: Migration20261126181518_project_data },
  { name: 'Migration20261201100000_key_digests', class: Migration20261201100000_key_digests },
  { name: 'Migration20261201130000_record_keys', class: Migration20261201130000_record_keys },
  { name: 'Migration20261201190000_reporting_snapshots', class: Migration20261201190000_reporting_snapshots },
];
