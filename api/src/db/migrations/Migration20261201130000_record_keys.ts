import { Migration } from '@mikro-orm/migrations';

/**
 * Every participant and company gets a fixed random record key, drawn once when the row is
 * inserted and never published. The disclosure policy derives each figure's perturbation from the
 * keys of the records behind it (docs/decisions/0023-disclosure-control.md).
 */
export class Migration20261201130000_record_keys extends Migration {
  override up(): void {
    for (const table of ['participant', 'company']) {
      this.addSql(
        `alter table "${table}" add column "record_key" bigint not null default (floor((random() * ('4294967296'::bigint)::double precision)))::bigint`,
      );
    }
  }
}
