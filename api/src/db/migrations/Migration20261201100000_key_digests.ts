import { Migration } from '@mikro-orm/migrations';

/** Keys are found by the SHA-256 digest of the whole key; scrypt rows stay until their first use. */
export class Migration20261201100000_key_digests extends Migration {
  override up(): void {
    this.addSql('alter table "api_key" add column "digest" varchar(64) null');
    this.addSql('alter table "api_key" add constraint "api_key_digest_unique" unique ("digest")');
    this.addSql('alter table "api_key" alter column "salt" drop not null');
    this.addSql('alter table "api_key" alter column "hash" drop not null');
  }
}
