import { Migration } from '@mikro-orm/migrations';

/** Frozen quarterly figures (docs/decisions/0031-frozen-quarters.md). */
export class Migration20261201190000_reporting_snapshots extends Migration {
  override up(): void {
    this.addSql(
      'create table "reporting_snapshot" ("id" serial primary key, "quarter" varchar(7) not null, "frozen_at" timestamptz not null, "frozen_by" varchar(200) not null, "dataset" jsonb not null, constraint "reporting_snapshot_quarter_unique" unique ("quarter"))',
    );
  }
}
